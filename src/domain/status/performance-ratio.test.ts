import { describe, expect, it } from 'vitest';
import { performanceRatio } from './performance-ratio';

describe('performanceRatio(plan, actual, direction)', () => {
  it('is actual/plan when higher is better and plan/actual when lower is better', () => {
    expect(performanceRatio(200, 250, 'higher')).toEqual({ kind: 'ratio', performance: 1.25 });
    expect(performanceRatio(4, 5, 'lower')).toEqual({ kind: 'ratio', performance: 0.8 });
  });

  it('meets a zero plan with a zero actual in either direction', () => {
    expect(performanceRatio(0, 0, 'higher')).toEqual({ kind: 'fixed', status: 'met' });
    expect(performanceRatio(0, 0, 'lower')).toEqual({ kind: 'fixed', status: 'met' });
  });

  it('exceeds a zero plan on the better side and misses it on the worse side', () => {
    expect(performanceRatio(0, 3, 'higher')).toEqual({ kind: 'fixed', status: 'exceeded' });
    expect(performanceRatio(0, 3, 'lower')).toEqual({ kind: 'fixed', status: 'notMet' });
    expect(performanceRatio(0, -1, 'higher')).toEqual({ kind: 'fixed', status: 'notMet' });
  });

  it('exceeds a positive lower-is-better plan when the actual is zero (no fires against a plan of 2)', () => {
    expect(performanceRatio(2, 0, 'lower')).toEqual({ kind: 'fixed', status: 'exceeded' });
  });

  it('gives p 0 for a zero actual against a positive higher-is-better plan', () => {
    expect(performanceRatio(5, 0, 'higher')).toEqual({ kind: 'ratio', performance: 0 });
  });

  it('keeps the better side above 1 when the plan is negative', () => {
    // population growth planned at −2, achieved −1: worse when lower is better, better when higher is better
    expect(performanceRatio(-2, -1, 'lower')).toEqual({ kind: 'ratio', performance: 0.5 });
    expect(performanceRatio(-2, -1, 'higher')).toEqual({ kind: 'ratio', performance: 1.5 });
  });
});
