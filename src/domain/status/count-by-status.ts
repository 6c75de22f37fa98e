import type { Status } from '../model';

/** Every status, best first: the order of legends, stacks and table sorts. */
export const STATUS_ORDER = [
  'exceeded',
  'met',
  'basicallyMet',
  'notMet',
  'noData',
] as const satisfies readonly Status[];

/** How many of each status; every status is a key, absent ones count 0. */
export function countByStatus(statuses: Iterable<Status>): Record<Status, number> {
  const counts: Record<Status, number> = { exceeded: 0, met: 0, basicallyMet: 0, notMet: 0, noData: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
