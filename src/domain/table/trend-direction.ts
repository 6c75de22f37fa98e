import type { TrendPoint } from './indicator-rows';

/**
 * How the actual moved between the last two years that have one: 'up', 'down' or 'flat'; undefined with fewer
 * than two actuals. Says nothing about better or worse (see yearOverYear.improved for that).
 */
export function trendDirection(trend: readonly TrendPoint[]): 'up' | 'down' | 'flat' | undefined {
  const actuals = trend.flatMap((p) => (p.actual === undefined ? [] : [p.actual]));
  const last = actuals.at(-1);
  const previous = actuals.at(-2);
  if (last === undefined || previous === undefined) return undefined;
  return last > previous ? 'up' : last < previous ? 'down' : 'flat';
}
