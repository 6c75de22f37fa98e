import { describe, expect, it } from 'vitest';
import { vsBaselineStatus } from './vs-baseline-status';

describe('vsBaselineStatus(baseline, actual, change)', () => {
  it('meets a decrease target when the actual fell, and misses it when it held or rose', () => {
    expect(vsBaselineStatus(12, 11, 'decrease')).toBe('met');
    expect(vsBaselineStatus(12, 12, 'decrease')).toBe('notMet');
    expect(vsBaselineStatus(12, 13, 'decrease')).toBe('notMet');
  });

  it('meets a decrease target held at zero', () => {
    expect(vsBaselineStatus(0, 0, 'decrease')).toBe('met');
  });

  it('meets an increase target only when the actual rose', () => {
    expect(vsBaselineStatus(5, 6, 'increase')).toBe('met');
    expect(vsBaselineStatus(5, 5, 'increase')).toBe('notMet');
    expect(vsBaselineStatus(0, 0, 'increase')).toBe('notMet');
    expect(vsBaselineStatus(5, 4, 'increase')).toBe('notMet');
  });
});
