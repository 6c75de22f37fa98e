import type { Status, StatusRules } from '../model';

/** Absorbs floating-point noise so that a tie exactly at the tolerance (100.05 / 100 with ε 0.0005) is met. */
export const FLOAT_SLACK = 1e-9;

/**
 * Status of a performance ratio p (domain.md §1): exceeded if p > 1 + ε; met if |p − 1| ≤ ε (ties at ε are met);
 * basicallyMet if enabled and 1 − δ ≤ p < 1 − ε; otherwise notMet.
 */
export function ratioStatus(
  performance: number,
  tolerance: number,
  basicallyMet: StatusRules['basicallyMet'],
): Exclude<Status, 'noData'> {
  if (performance > 1 + tolerance + FLOAT_SLACK) return 'exceeded';
  if (performance >= 1 - tolerance - FLOAT_SLACK) return 'met';
  if (basicallyMet.enabled && performance >= 1 - basicallyMet.delta - FLOAT_SLACK) return 'basicallyMet';
  return 'notMet';
}
