import { rowAt } from '../../data/columns/result-columns';
import type { LocalImport } from '../../domain/imports/merge-imports';
import type { IndicatorResult } from '../../domain/model';
import type { ImportOutcome } from '../../views/import/import-outcome';

/** Rows turned back into objects between two yields to the event loop, so the page stays responsive. */
const CHUNK = 5000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** An accepted outcome as a local import: its rows back from columns into results, a few thousand at a time. */
export async function toLocalImport(outcome: ImportOutcome, now: Date = new Date()): Promise<LocalImport> {
  const { columns } = outcome;
  const results: IndicatorResult[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) {
    results[i] = rowAt(columns, i);
    if (i % CHUNK === CHUNK - 1) await yieldToPage();
  }
  const local: LocalImport = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    fileName: outcome.fileName,
    importedAt: now.toISOString(),
    results,
    newIndicators: outcome.newIndicators,
  };
  if (outcome.year !== undefined) local.year = outcome.year;
  return local;
}
