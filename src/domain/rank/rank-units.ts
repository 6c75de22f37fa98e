import type { Dataset, Status } from '../model';
import { compareVietnamese } from '../text/compare-vietnamese';
import { assignRanks } from './assign-ranks';
import { compareScores } from './score';
import { type UnitSummaries, unitSummaries } from './unit-summaries';

export interface UnitRank {
  unitId: string;
  /** The unit's name from `units`, or its id when the unit is not listed. */
  name: string;
  /** Top-level indicators with a row that year. */
  total: number;
  /** Shown statuses (reported wins). */
  counts: Record<Status, number>;
  /** (exceeded + met) / total. */
  passingShare: number;
  exceededShare: number;
  /** 1 = best; units with equal shares share a rank (1, 1, 3). */
  rank: number;
}

/**
 * The units with top-level results in `year`, best first: by passing share, then exceeded share, then by name
 * in Vietnamese order. [] for a year without unit rows. `summaries` are that year's (unit-summaries.ts), when the
 * caller has computed them already.
 */
export function rankUnits(
  dataset: Dataset,
  year: number,
  summaries: UnitSummaries = unitSummaries(dataset, year),
): UnitRank[] {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const rows = [...summaries].map(([unitId, { total, counts }]) => ({
    unitId,
    name: names.get(unitId) ?? unitId,
    total,
    counts,
    passingShare: (counts.exceeded + counts.met) / total,
    exceededShare: counts.exceeded / total,
  }));
  rows.sort((a, b) => compareScores(a, b) || compareVietnamese(a.name, b.name));
  return assignRanks(rows, (a, b) => compareScores(a, b) === 0);
}
