import type { Status } from '../model';

/**
 * Status of a composite indicator from its sub-measures (“all must pass”): any notMet → notMet;
 * else any noData → noData; else any basicallyMet → basicallyMet; else all exceeded → exceeded; else met.
 * No sub-measures → noData.
 */
export function compositeStatus(children: readonly Status[]): Status {
  if (children.length === 0) return 'noData';
  if (children.includes('notMet')) return 'notMet';
  if (children.includes('noData')) return 'noData';
  if (children.includes('basicallyMet')) return 'basicallyMet';
  return children.every((s) => s === 'exceeded') ? 'exceeded' : 'met';
}
