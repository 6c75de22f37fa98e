import type { Status } from '../model';

/** What units and clusters are ranked on: the share of top-level indicators passing, then exceeded. */
export interface Score {
  total: number;
  counts: Record<Status, number>;
}

/**
 * Sort comparator, best first: higher (exceeded + met) / total, then higher exceeded / total. Shares are compared
 * by cross-multiplying the counts, so equal shares are exactly equal (2/4 and 3/6). A zero total comes last.
 */
export function compareScores(a: Score, b: Score): number {
  if (a.total === 0 || b.total === 0) return Number(a.total === 0) - Number(b.total === 0);
  const passing = (s: Score) => s.counts.exceeded + s.counts.met;
  return (
    passing(b) * a.total - passing(a) * b.total || b.counts.exceeded * a.total - a.counts.exceeded * b.total
  );
}

/** share = part / total, undefined for a zero total. */
export function share(part: number, total: number): number | undefined {
  return total === 0 ? undefined : part / total;
}
