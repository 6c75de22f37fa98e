import type { EvaluatedIndicator } from '../evaluate-indicator';
import type { IndicatorGroup, Status } from '../model';
import { countByStatus } from '../status/count-by-status';

export interface GroupCounts {
  group: IndicatorGroup;
  counts: Record<Status, number>;
  total: number;
}

/**
 * Status counts (shown status) of top-level evaluated indicators per group, in group order. Groups without
 * indicators are left out. An indicator whose group is not in `groups` is still counted, under a stand-in group
 * whose code and names are that code and whose order is Infinity (so it comes last, in first-seen order).
 */
export function countsByGroup(
  evaluated: readonly EvaluatedIndicator[],
  groups: readonly IndicatorGroup[],
): GroupCounts[] {
  const byCode = new Map<string, Status[]>();
  for (const e of evaluated) {
    const statuses = byCode.get(e.indicator.group) ?? [];
    statuses.push(e.evaluation.status);
    byCode.set(e.indicator.group, statuses);
  }
  const known = new Map(groups.map((g) => [g.code, g]));
  const standIn = (code: string): IndicatorGroup => ({ code, name: { vi: code, en: code }, order: Infinity });
  return [...byCode]
    .map(([code, statuses]) => ({
      group: known.get(code) ?? standIn(code),
      counts: countByStatus(statuses),
      total: statuses.length,
    }))
    .sort((a, b) => (a.group.order === b.group.order ? 0 : a.group.order < b.group.order ? -1 : 1));
}
