import { evaluateYearWith } from '../evaluate-year';
import type { Dataset, Status } from '../model';
import { indexResults } from '../result-index';
import { summariseYear } from '../summarise-year';
import { compareVietnamese } from '../text/compare-vietnamese';
import { assignRanks } from './assign-ranks';
import { compareScores } from './score';

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
 * in Vietnamese order. [] for a year without unit rows.
 */
export function rankUnits(dataset: Dataset, year: number): UnitRank[] {
  const index = indexResults(dataset);
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const rows = index.unitIds(year).flatMap((unitId) => {
    const { total, counts } = summariseYear(evaluateYearWith(index, dataset, year, unitId));
    if (total === 0) return [];
    const passingShare = (counts.exceeded + counts.met) / total;
    return [
      {
        unitId,
        name: names.get(unitId) ?? unitId,
        total,
        counts,
        passingShare,
        exceededShare: counts.exceeded / total,
      },
    ];
  });
  rows.sort((a, b) => compareScores(a, b) || compareVietnamese(a.name, b.name));
  return assignRanks(rows, (a, b) => compareScores(a, b) === 0);
}
