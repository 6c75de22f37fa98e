import { describe, expect, it } from 'vitest';
import { ratioStatus } from './ratio-status';

const off = { enabled: false, delta: 0.05 };
const on = { enabled: true, delta: 0.05 };

describe('ratioStatus(p, tolerance, basicallyMet)', () => {
  it('is met at exactly 1 and at both ties with the tolerance', () => {
    expect(ratioStatus(1, 0, off)).toBe('met');
    expect(ratioStatus(100.05 / 100, 0.0005, off)).toBe('met');
    expect(ratioStatus(99.95 / 100, 0.0005, off)).toBe('met');
  });

  it('is exceeded just above 1 + ε and notMet just below 1 − ε', () => {
    expect(ratioStatus(100.06 / 100, 0.0005, off)).toBe('exceeded');
    expect(ratioStatus(99.94 / 100, 0.0005, off)).toBe('notMet');
  });

  it('is basicallyMet in [1 − δ, 1 − ε) only when enabled', () => {
    expect(ratioStatus(0.95, 0.0005, on)).toBe('basicallyMet');
    expect(ratioStatus(0.999, 0.0005, on)).toBe('basicallyMet');
    expect(ratioStatus(0.949, 0.0005, on)).toBe('notMet');
    expect(ratioStatus(0.96, 0.0005, off)).toBe('notMet');
    expect(ratioStatus(0.9996, 0.0005, on)).toBe('met');
  });
});
