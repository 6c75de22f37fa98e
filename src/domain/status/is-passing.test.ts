import { describe, expect, it } from 'vitest';
import { isPassing } from './is-passing';

describe('isPassing(status)', () => {
  it('is true for exceeded and met', () => {
    expect(isPassing('exceeded')).toBe(true);
    expect(isPassing('met')).toBe(true);
  });

  it('is false for basicallyMet, notMet and noData', () => {
    expect(isPassing('basicallyMet')).toBe(false);
    expect(isPassing('notMet')).toBe(false);
    expect(isPassing('noData')).toBe(false);
  });
});
