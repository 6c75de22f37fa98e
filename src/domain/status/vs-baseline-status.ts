/**
 * “giảm/tăng so với năm trước”: met when the actual moved the required way from the baseline, else notMet
 * (never exceeded: there is no planned amount to beat). A decrease target held at 0 (no fires last year,
 * none this year) is met, as a zero plan met with zero is; any other standstill is notMet.
 */
export function vsBaselineStatus(
  baseline: number,
  actual: number,
  change: 'decrease' | 'increase',
): 'met' | 'notMet' {
  if (change === 'decrease') return actual < baseline || (actual === 0 && baseline === 0) ? 'met' : 'notMet';
  return actual > baseline ? 'met' : 'notMet';
}
