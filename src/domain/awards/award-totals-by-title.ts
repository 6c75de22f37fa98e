import type { Dataset } from '../model';
import { awardCounts } from './award-counts';

/** Award code → number of recipients in `year`, in award-type order. Titles without records are absent. */
export function awardTotalsByTitle(dataset: Dataset, year: number): Map<string, number> {
  return new Map(awardCounts(dataset, { year, by: 'title' }).map(({ key, count }) => [key, count]));
}
