import type { PublishedAwardCount } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  year: { required: true },
  award_code: { required: true },
  count: { required: true },
  source_id: { required: true },
} as const;

/** published-award-counts.csv → award counts as reports printed them, without names. */
export function parsePublishedAwardCounts(
  rows: string[][],
  file: string,
  known: { awardCodes?: ReadonlySet<string>; sourceIds?: ReadonlySet<string> } = {},
): Parsed<PublishedAwardCount> {
  const t = new TableReader(rows, file, SPEC);
  const counts: PublishedAwardCount[] = [];
  t.each(() => {
    const year = t.year('year');
    const awardCode = t.reference('award_code', known.awardCodes, 'award-types.csv');
    const count = t.number('count', { integer: true });
    const sourceId = t.reference('source_id', known.sourceIds, 'sources.csv');
    if (!t.rowOk || year === undefined || !awardCode || count === undefined || !sourceId) return;
    counts.push({ year, awardCode, count, sourceId });
  });
  return { rows: counts, issues: t.issues };
}
