import type { IndicatorResult } from '../model';
import { ResultKeyMap } from './result-key-map';

/** One result a file would add or change, with what is shown now (`before`) when there is one. */
export interface ResultChange {
  kind: 'added' | 'changed';
  indicatorCode: string;
  year: number;
  unitId?: string;
  before?: IndicatorResult;
  after: IndicatorResult;
}

export interface ResultsDiff {
  added: number;
  changed: number;
  unchanged: number;
  /** The first `limit` changes, in file order. */
  samples: ResultChange[];
}

/** Same plan as written, same actual (number, done, text), same printed status and percent, same estimate flag. */
function sameFigures(a: IndicatorResult, b: IndicatorResult): boolean {
  return (
    a.planText.trim() === b.planText.trim() &&
    a.actual.value === b.actual.value &&
    a.actual.done === b.actual.done &&
    (a.actual.value !== undefined || a.actual.text.trim() === b.actual.text.trim()) &&
    a.reportedStatus === b.reportedStatus &&
    a.reportedPercent === b.reportedPercent &&
    a.isEstimate === b.isEstimate
  );
}

/**
 * What applying `incoming` over `shown` would do, result by result (matched by indicator, year and unit):
 * added (no such result shown), changed (different plan, actual, printed status or percent, estimate flag) or
 * unchanged. A number written differently (`1.200` / `1200`) is the same number. Keeps at most `limit` samples.
 */
export function diffResults(
  shown: readonly IndicatorResult[],
  incoming: readonly IndicatorResult[],
  limit = 20,
): ResultsDiff {
  const byKey = new ResultKeyMap<IndicatorResult>();
  for (const result of shown) if (!byKey.has(result)) byKey.set(result, result);
  const diff: ResultsDiff = { added: 0, changed: 0, unchanged: 0, samples: [] };
  for (const after of incoming) {
    const before = byKey.get(after);
    if (before && sameFigures(before, after)) {
      diff.unchanged += 1;
      continue;
    }
    const kind = before ? 'changed' : 'added';
    diff[kind] += 1;
    if (diff.samples.length >= limit) continue;
    const change: ResultChange = { kind, indicatorCode: after.indicatorCode, year: after.year, after };
    if (after.unitId !== undefined) change.unitId = after.unitId;
    if (before) change.before = before;
    diff.samples.push(change);
  }
  return diff;
}
