import type { AwardRecord } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  year: { required: true },
  award_code: { required: true },
  unit_id: {},
  count: { required: true },
  decision_number: {},
  decision_date: {},
  source_id: {},
  is_sample: {},
} as const;

/**
 * awards-YYYY.csv → award counts per title and unit. An unknown `award_code` drops the row (error); an unknown
 * `unit_id` or `source_id` also drops it, since counting it for the organisation would be wrong.
 */
export function parseAwards(
  rows: string[][],
  file: string,
  known: {
    awardCodes?: ReadonlySet<string>;
    unitIds?: ReadonlySet<string>;
    sourceIds?: ReadonlySet<string>;
  } = {},
): Parsed<AwardRecord> {
  const t = new TableReader(rows, file, SPEC);
  const awards: AwardRecord[] = [];
  t.each(() => {
    const year = t.year('year');
    const awardCode = t.reference('award_code', known.awardCodes, 'award-types.csv');
    const count = t.number('count', { integer: true });
    const unitId = t.reference('unit_id', known.unitIds, 'units.csv', 'error');
    const sourceId = t.reference('source_id', known.sourceIds, 'sources.csv', 'error');
    if (!t.rowOk || year === undefined || !awardCode || count === undefined) return;
    const award: AwardRecord = { year, awardCode, count, isSample: t.boolean('is_sample') };
    if (unitId !== undefined) award.unitId = unitId;
    const decisionNumber = t.optional('decision_number');
    if (decisionNumber !== undefined) award.decisionNumber = decisionNumber;
    const decisionDate = t.date('decision_date');
    if (decisionDate !== undefined) award.decisionDate = decisionDate;
    if (sourceId !== undefined) award.sourceId = sourceId;
    awards.push(award);
  });
  return { rows: awards, issues: t.issues };
}
