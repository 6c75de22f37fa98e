import { describe, expect, it } from 'vitest';
import { makeIndicator } from '../testing/fixtures';
import { betterDirection } from './better-direction';

describe('betterDirection(indicator, plan)', () => {
  it('is the indicator’s direction when it is higher or lower, whatever the plan', () => {
    expect(betterDirection(makeIndicator({ direction: 'higher' }), { kind: 'max', value: 1 })).toBe('higher');
    expect(betterDirection(makeIndicator({ direction: 'lower' }), undefined)).toBe('lower');
  });

  it('follows the plan for band and boolean directions', () => {
    const band = makeIndicator({ direction: 'band' });
    expect(betterDirection(band, { kind: 'min', value: 1 })).toBe('higher');
    expect(betterDirection(band, { kind: 'max', value: 1 })).toBe('lower');
    expect(betterDirection(band, { kind: 'vsBaseline', change: 'increase' })).toBe('higher');
    expect(betterDirection(band, { kind: 'vsBaseline', change: 'decrease' })).toBe('lower');
  });

  it('is undefined when neither says', () => {
    expect(
      betterDirection(makeIndicator({ direction: 'band' }), { kind: 'band', min: 1, max: 2 }),
    ).toBeUndefined();
    expect(betterDirection(makeIndicator({ direction: 'boolean' }), { kind: 'boolean' })).toBeUndefined();
  });
});
