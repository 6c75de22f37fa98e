import type { Status } from '../../domain';
import type { PublicRow } from './public-view';

export type SortKey = 'original' | 'status' | 'percent' | 'name';
export const SORT_KEYS = ['original', 'status', 'percent', 'name'] as const satisfies readonly SortKey[];

const STATUS_RANK: Record<Status, number> = { exceeded: 0, met: 1, basicallyMet: 2, notMet: 3, noData: 4 };

/**
 * A group's rows in another order, each sub-measure kept right after its indicator and in its own order.
 * `status`: best first; `percent`: highest % of plan first, rows without one last; `name`: by `compare` on the
 * names (pass the locale's collator); ties keep the report's order. `original` returns the rows unchanged.
 */
export function sortRows(
  rows: readonly PublicRow[],
  key: SortKey,
  name: (row: PublicRow) => string,
  compare: (a: string, b: string) => number,
): PublicRow[] {
  const blocks: PublicRow[][] = [];
  for (const row of rows) {
    const last = blocks.at(-1);
    if (row.level === 1 && last) last.push(row);
    else blocks.push([row]);
  }
  if (key === 'original') return blocks.flat();
  const by = (a: PublicRow, b: PublicRow): number => {
    if (key === 'status') return STATUS_RANK[a.status] - STATUS_RANK[b.status];
    if (key === 'percent') {
      if (a.percentOfPlan === undefined || b.percentOfPlan === undefined)
        return Number(a.percentOfPlan === undefined) - Number(b.percentOfPlan === undefined);
      return b.percentOfPlan - a.percentOfPlan;
    }
    return compare(name(a), name(b));
  };
  // Array.prototype.sort is stable: ties keep the report's order.
  return blocks.sort((a, b) => by(a[0] as PublicRow, b[0] as PublicRow)).flat();
}

export function isSortKey(value: string | null | undefined): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value ?? '');
}
