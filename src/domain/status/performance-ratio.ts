/** Outcome of comparing an actual with a single-number plan: a ratio p, or a status where a ratio means nothing. */
export type RatioOutcome =
  | { kind: 'ratio'; performance: number }
  | { kind: 'fixed'; status: 'exceeded' | 'met' | 'notMet' };

/**
 * Performance p (domain.md §1): actual/plan when higher is better, plan/actual when lower is better.
 * Zero guards: plan 0 → met if the actual is 0, exceeded if it is on the better side, notMet otherwise;
 * lower is better with actual 0 and plan > 0 → exceeded. With a negative plan or actual the ratio flips sign,
 * so p = 1 ± (actual − plan)/|plan| instead (same value as the ratio whenever both are positive and higher is better).
 */
export function performanceRatio(plan: number, actual: number, direction: 'higher' | 'lower'): RatioOutcome {
  const sign = direction === 'higher' ? 1 : -1;
  if (plan === 0) {
    const better = sign * actual;
    return { kind: 'fixed', status: better > 0 ? 'exceeded' : better === 0 ? 'met' : 'notMet' };
  }
  if (plan > 0 && actual >= 0) {
    if (direction === 'higher') return { kind: 'ratio', performance: actual / plan };
    if (actual === 0) return { kind: 'fixed', status: 'exceeded' };
    return { kind: 'ratio', performance: plan / actual };
  }
  return { kind: 'ratio', performance: 1 + (sign * (actual - plan)) / Math.abs(plan) };
}
