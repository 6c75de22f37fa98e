import type { Dataset } from './model';
import { indexResults } from './result-index';

/** The years that have at least one result row (any unit), ascending, each once. */
export function yearsOf(dataset: Dataset): number[] {
  return [...indexResults(dataset).years()];
}
