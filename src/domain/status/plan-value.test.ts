import { describe, expect, it } from 'vitest';
import { planValue } from './plan-value';

describe('planValue(plan)', () => {
  it('is the number of value, min, max and approx plans', () => {
    expect(planValue({ kind: 'value', value: 7.5 })).toBe(7.5);
    expect(planValue({ kind: 'min', value: 30 })).toBe(30);
    expect(planValue({ kind: 'max', value: 4 })).toBe(4);
    expect(planValue({ kind: 'approx', value: 4 })).toBe(4);
  });

  it('is the midpoint of a band', () => {
    expect(planValue({ kind: 'band', min: 33, max: 34 })).toBe(33.5);
  });

  it('is undefined for boolean, vsBaseline and missing plans', () => {
    expect(planValue({ kind: 'boolean' })).toBeUndefined();
    expect(planValue({ kind: 'vsBaseline', change: 'decrease' })).toBeUndefined();
    expect(planValue(undefined)).toBeUndefined();
  });
});
