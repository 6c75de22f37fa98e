import { describe, expect, it } from 'vitest';
import { bandStatus } from './band-status';

describe('bandStatus(min, max, actual, direction, tolerance)', () => {
  it('is met inside the range, ends included, as 33,9 in 33–34 was in the national 2019 table', () => {
    expect(bandStatus(33, 34, 33.9, 'band', 0)).toBe('met');
    expect(bandStatus(33, 34, 33, 'band', 0)).toBe('met');
    expect(bandStatus(33, 34, 34, 'band', 0)).toBe('met');
  });

  it('accepts ends given in either order', () => {
    expect(bandStatus(34, 33, 33.5, 'band', 0)).toBe('met');
  });

  it('widens each end by ε·|end|', () => {
    expect(bandStatus(100, 200, 200.1, 'band', 0.0005)).toBe('met');
    expect(bandStatus(100, 200, 200.2, 'band', 0.0005)).toBe('notMet');
    expect(bandStatus(100, 200, 99.95, 'band', 0.0005)).toBe('met');
    expect(bandStatus(100, 200, 99.9, 'band', 0.0005)).toBe('notMet');
  });

  it('is exceeded beyond the favourable end and notMet beyond the other', () => {
    expect(bandStatus(6.6, 6.8, 7, 'higher', 0)).toBe('exceeded');
    expect(bandStatus(6.6, 6.8, 6.5, 'higher', 0)).toBe('notMet');
    expect(bandStatus(3.8, 4.2, 2.79, 'lower', 0)).toBe('exceeded');
    expect(bandStatus(3.8, 4.2, 4.3, 'lower', 0)).toBe('notMet');
  });

  it('is notMet on either side when neither side is better', () => {
    expect(bandStatus(6.6, 6.8, 7, 'band', 0)).toBe('notMet');
    expect(bandStatus(6.6, 6.8, 6.5, 'band', 0)).toBe('notMet');
    expect(bandStatus(6.6, 6.8, 7, 'boolean', 0)).toBe('notMet');
  });
});
