import type { PublishedSummary } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  year: { required: true },
  total: { required: true },
  exceeded: { required: true },
  met: { required: true },
  not_met: { required: true },
  source_id: { required: true },
} as const;

/** published-summaries.csv → status counts as reports printed them (the seed: 2022, 38 / 27 / 11 / 0). */
export function parsePublishedSummaries(
  rows: string[][],
  file: string,
  known: { sourceIds?: ReadonlySet<string> } = {},
): Parsed<PublishedSummary> {
  const t = new TableReader(rows, file, SPEC);
  const summaries: PublishedSummary[] = [];
  t.each(() => {
    const year = t.year('year');
    const total = t.number('total', { integer: true });
    const exceeded = t.number('exceeded', { integer: true });
    const met = t.number('met', { integer: true });
    const notMet = t.number('not_met', { integer: true });
    const sourceId = t.reference('source_id', known.sourceIds, 'sources.csv');
    if (!t.rowOk || year === undefined || total === undefined || exceeded === undefined) return;
    if (met === undefined || notMet === undefined || sourceId === undefined) return;
    summaries.push({ year, total, exceeded, met, notMet, sourceId });
  });
  return { rows: summaries, issues: t.issues };
}
