import type { Direction } from '../model';
import { FLOAT_SLACK } from './ratio-status';

/**
 * Status of an actual against the range [min, max] (ends in either order), each end widened by ε·|end|.
 * Inside → met. Beyond the favourable end → exceeded, whatever allowExceed says (domain.md §1: “beyond the
 * favourable end is vượt”; the national 2019 CPI, “khoảng 4” and 2,79, was marked Vượt):
 * higher → above max; lower → below min. Any other side, and either side for band/boolean directions → notMet.
 */
export function bandStatus(
  min: number,
  max: number,
  actual: number,
  direction: Direction,
  tolerance: number,
): 'exceeded' | 'met' | 'notMet' {
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  const slack = (end: number) => tolerance * Math.abs(end) + FLOAT_SLACK * Math.max(1, Math.abs(end));
  if (actual < low - slack(low)) return direction === 'lower' ? 'exceeded' : 'notMet';
  if (actual > high + slack(high)) return direction === 'higher' ? 'exceeded' : 'notMet';
  return 'met';
}
