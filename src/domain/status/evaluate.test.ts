import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual, Indicator, Plan, Status, StatusRules } from '../model';
import { makeIndicator, makeResult, RULES } from '../testing/fixtures';
import { evaluate } from './evaluate';
import type { Evaluation } from './evaluation';

function run(
  plan: Plan | undefined,
  actual: Partial<Actual>,
  indicator: Partial<Indicator> = {},
  extra: { rules?: StatusRules; reportedStatus?: Status; baseline?: number; children?: Evaluation[] } = {},
): Evaluation {
  return evaluate({
    indicator: makeIndicator(indicator),
    result: makeResult({
      plan,
      actual: { text: '', ...actual },
      reportedStatus: extra.reportedStatus,
      baseline: extra.baseline,
    }),
    rules: extra.rules ?? RULES,
    children: extra.children,
  });
}

const value = (v: number): Plan => ({ kind: 'value', value: v });

describe('evaluate({ indicator, result, rules }) for value targets', () => {
  it('is met at exactly 100% of plan, as the seed’s 11 đạt targets were', () => {
    const e = run(value(120), { value: 120 });
    expect(e).toMatchObject({ computedStatus: 'met', status: 'met', rule: 'higherValue', performance: 1 });
    expect(e.percentOfPlan).toBe(100);
  });

  it('is exceeded above 100% + ε, as Yên Bái’s grain at 104,16% was', () => {
    const e = run(value(100), { value: 104.16 });
    expect(e.computedStatus).toBe('exceeded');
    expect(e.performance).toBeCloseTo(1.0416, 10);
  });

  it('is met at the tolerance tie and exceeded or notMet just beyond it', () => {
    expect(run(value(100), { value: 100.05 }).computedStatus).toBe('met');
    expect(run(value(100), { value: 100.06 }).computedStatus).toBe('exceeded');
    expect(run(value(100), { value: 99.95 }).computedStatus).toBe('met');
    expect(run(value(100), { value: 99.94 }).computedStatus).toBe('notMet');
  });

  it('uses plan/actual when lower is better', () => {
    const e = run(value(4), { value: 5 }, { direction: 'lower' });
    expect(e).toMatchObject({ computedStatus: 'notMet', rule: 'lowerValue', performance: 0.8 });
    expect(run(value(4), { value: 3 }, { direction: 'lower' }).computedStatus).toBe('exceeded');
  });

  it('applies the zero guards', () => {
    expect(run(value(0), { value: 0 }, { direction: 'lower' }).computedStatus).toBe('met'); // no fires planned, none
    expect(run(value(2), { value: 0 }, { direction: 'lower' }).computedStatus).toBe('exceeded');
    const e = run(value(0), { value: 3 });
    expect(e.computedStatus).toBe('exceeded');
    expect(e.performance).toBeUndefined();
    expect(e.percentOfPlan).toBeUndefined();
  });

  it('lets the indicator tolerance override the dataset tolerance', () => {
    const e = run(value(100), { value: 100.4 }, { tolerance: 0.005 });
    expect(e).toMatchObject({ computedStatus: 'met', tolerance: 0.005 });
    expect(run(value(100), { value: 100.4 }).tolerance).toBe(0.0005);
  });

  it('gives basicallyMet in [1 − δ, 1 − ε) only when the dataset enables it', () => {
    const rules = { ...RULES, basicallyMet: { enabled: true, delta: 0.05 } };
    expect(run(value(100), { value: 96 }, {}, { rules }).computedStatus).toBe('basicallyMet');
    expect(run(value(100), { value: 94 }, {}, { rules }).computedStatus).toBe('notMet');
    expect(run(value(100), { value: 96 }).computedStatus).toBe('notMet');
  });

  it('gives deltaPoints for percent indicators, positive when better', () => {
    // poverty fell 5,05 points against a plan of 4: “vượt 1,05%” in points
    const fall = run(value(4), { value: 5.05 }, { valueType: 'percent' });
    expect(fall.deltaPoints).toBeCloseTo(1.05, 10);
    expect(fall.computedStatus).toBe('exceeded');
    const rate = run(value(10), { value: 9 }, { valueType: 'percent', direction: 'lower' });
    expect(rate.deltaPoints).toBe(1);
    expect(run(value(10), { value: 9 }).deltaPoints).toBeUndefined();
  });

  it('treats a value plan with no better side as met within ε only', () => {
    expect(run(value(100), { value: 100.05 }, { direction: 'band' }).computedStatus).toBe('met');
    expect(run(value(100), { value: 101 }, { direction: 'band' })).toMatchObject({
      computedStatus: 'notMet',
      rule: 'band',
      percentOfPlan: 101,
    });
    expect(run(value(100), { value: 99 }, { direction: 'band' }).computedStatus).toBe('notMet');
  });

  it('swaps exceeded and notMet when the direction flips', () => {
    const flipped: Record<Status, Status> = {
      exceeded: 'notMet',
      notMet: 'exceeded',
      met: 'met',
      basicallyMet: 'basicallyMet',
      noData: 'noData',
    };
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (plan, actual) => {
        const higher = run(value(plan), { value: actual }).computedStatus;
        const lower = run(value(plan), { value: actual }, { direction: 'lower' }).computedStatus;
        // integers keep p away from the ε band edge, where 1/(1+ε) > 1−ε would break the symmetry
        expect(lower).toBe(flipped[higher]);
      }),
    );
  });
});

describe('evaluate for min and max targets', () => {
  it('meets a min target at or above plan and misses it below, with ε slack', () => {
    const plan: Plan = { kind: 'min', value: 30 };
    expect(run(plan, { value: 30 })).toMatchObject({ computedStatus: 'met', rule: 'min' });
    expect(run(plan, { value: 29.99 }).computedStatus).toBe('met'); // 29,99/30 = 0,99967, within 0,0005
    expect(run(plan, { value: 29.9 }).computedStatus).toBe('notMet');
  });

  it('gives exceeded on a min target only with allowExceed', () => {
    const plan: Plan = { kind: 'min', value: 30 };
    expect(run(plan, { value: 40 }).computedStatus).toBe('met');
    expect(run(plan, { value: 40 }, { allowExceed: true }).computedStatus).toBe('exceeded');
    expect(run(plan, { value: 30 }, { allowExceed: true }).computedStatus).toBe('met');
  });

  it('meets a max target at or below plan, as unemployment “dưới 4” at 3,1 was Đạt', () => {
    const plan: Plan = { kind: 'max', value: 4 };
    const e = run(plan, { value: 3.1 }, { direction: 'lower' });
    expect(e).toMatchObject({ computedStatus: 'met', rule: 'max' });
    expect(e.performance).toBeCloseTo(4 / 3.1, 10);
    expect(run(plan, { value: 4 }).computedStatus).toBe('met');
    expect(run(plan, { value: 4.1 }).computedStatus).toBe('notMet');
  });

  it('gives exceeded on a max target only with allowExceed, also for a zero actual', () => {
    const plan: Plan = { kind: 'max', value: 4 };
    expect(run(plan, { value: 3.1 }, { allowExceed: true }).computedStatus).toBe('exceeded');
    expect(run(plan, { value: 0 }).computedStatus).toBe('met');
    expect(run(plan, { value: 0 }, { allowExceed: true }).computedStatus).toBe('exceeded');
  });
});

describe('evaluate for band and approx targets', () => {
  it('meets a band target inside the range', () => {
    expect(run({ kind: 'band', min: 33, max: 34 }, { value: 33.9 })).toMatchObject({
      computedStatus: 'met',
      rule: 'band',
    });
  });

  it('exceeds a higher-is-better band above its top and misses it below its bottom', () => {
    expect(run({ kind: 'band', min: 6.6, max: 6.8 }, { value: 7 }).computedStatus).toBe('exceeded');
    expect(run({ kind: 'band', min: 6.6, max: 6.8 }, { value: 6.5 }).computedStatus).toBe('notMet');
  });

  it('exceeds “khoảng 4” with 2,79 when lower is better, as the 2019 CPI was marked Vượt', () => {
    const e = run(
      { kind: 'approx', value: 4 },
      { value: 2.79 },
      { direction: 'lower', valueType: 'percent' },
    );
    expect(e).toMatchObject({ computedStatus: 'exceeded', rule: 'approx' });
    expect(e.percentOfPlan).toBeCloseTo(69.75, 10);
    expect(e.deltaPoints).toBeCloseTo(1.21, 10);
  });

  it('turns “khoảng X” into X·(1 ± approxMargin), both ends inclusive', () => {
    const plan: Plan = { kind: 'approx', value: 4 }; // 3,8 – 4,2
    expect(run(plan, { value: 4.2 }, { direction: 'band' }).computedStatus).toBe('met');
    expect(run(plan, { value: 3.8 }, { direction: 'band' }).computedStatus).toBe('met');
    expect(run(plan, { value: 4.21 }, { direction: 'band' }).computedStatus).toBe('notMet');
    expect(run(plan, { value: 3.79 }, { direction: 'band' }).computedStatus).toBe('notMet');
    expect(
      run(plan, { value: 4.3 }, { direction: 'band' }, { rules: { ...RULES, approxMargin: 0.1 } })
        .computedStatus,
    ).toBe('met');
  });
});

describe('evaluate for boolean and vsBaseline targets', () => {
  it('meets a boolean target when done and misses it when not, never exceeded', () => {
    expect(run({ kind: 'boolean' }, { done: true }, { allowExceed: true })).toMatchObject({
      computedStatus: 'met',
      rule: 'boolean',
    });
    expect(run({ kind: 'boolean' }, { done: false }).computedStatus).toBe('notMet');
    expect(run({ kind: 'boolean' }, { value: 1 })).toMatchObject({
      computedStatus: 'noData',
      rule: 'noActual',
    });
  });

  it('compares with the baseline, and gives noData without one', () => {
    const plan: Plan = { kind: 'vsBaseline', change: 'decrease' };
    expect(run(plan, { value: 11 }, {}, { baseline: 12 })).toMatchObject({
      computedStatus: 'met',
      rule: 'vsBaseline',
    });
    expect(run(plan, { value: 13 }, {}, { baseline: 12 }).computedStatus).toBe('notMet');
    expect(run(plan, { value: 11 })).toMatchObject({ computedStatus: 'noData', rule: 'vsBaseline' });
  });

  it('gives deltaPoints against the baseline for percent indicators', () => {
    const plan: Plan = { kind: 'vsBaseline', change: 'decrease' };
    expect(run(plan, { value: 20 }, { valueType: 'percent' }, { baseline: 25 }).deltaPoints).toBe(5);
    expect(
      run(
        { kind: 'vsBaseline', change: 'increase' },
        { value: 20 },
        { valueType: 'percent' },
        { baseline: 25 },
      ).deltaPoints,
    ).toBe(-5);
  });
});

describe('evaluate for missing figures and composites', () => {
  it('gives noData with noPlan when there is no plan or no result', () => {
    expect(run(undefined, { value: 5 })).toMatchObject({ computedStatus: 'noData', rule: 'noPlan' });
    expect(evaluate({ indicator: makeIndicator(), result: undefined, rules: RULES })).toMatchObject({
      computedStatus: 'noData',
      rule: 'noPlan',
      mismatch: false,
    });
  });

  it('gives noData with noActual when the actual is blank or text', () => {
    expect(run(value(5), { text: 'xuất siêu' })).toMatchObject({
      computedStatus: 'noData',
      rule: 'noActual',
    });
    expect(run({ kind: 'band', min: 1, max: 2 }, {}).rule).toBe('noActual');
  });

  it('judges a composite from its children’s computed statuses', () => {
    const child = (computedStatus: Status, reportedStatus?: Status) =>
      ({
        computedStatus,
        reportedStatus,
        status: reportedStatus ?? computedStatus,
        mismatch: false,
        rule: 'lowerValue',
        tolerance: 0,
      }) as Evaluation;
    const composite = { targetKind: 'composite', direction: 'lower' } as const;
    expect(run(undefined, {}, composite, { children: [child('exceeded'), child('notMet')] })).toMatchObject({
      computedStatus: 'notMet',
      rule: 'composite',
    });
    expect(
      run(undefined, {}, composite, { children: [child('exceeded'), child('exceeded', 'met')] })
        .computedStatus,
    ).toBe('exceeded');
    expect(run(value(3), { value: 3 }, composite, { children: [] })).toMatchObject({
      computedStatus: 'met',
      rule: 'lowerValue',
    });
    expect(run(undefined, {}, composite, { children: [] }).rule).toBe('noPlan');
  });
});

describe('evaluate with a reported status', () => {
  it('shows the reported status and flags a mismatch with the computed one', () => {
    const e = run(value(100), { value: 100 }, {}, { reportedStatus: 'exceeded' });
    expect(e).toMatchObject({
      computedStatus: 'met',
      reportedStatus: 'exceeded',
      status: 'exceeded',
      mismatch: true,
    });
  });

  it('flags no mismatch when they agree, or when either is noData', () => {
    expect(run(value(100), { value: 100 }, {}, { reportedStatus: 'met' }).mismatch).toBe(false);
    expect(run(value(100), {}, {}, { reportedStatus: 'met' })).toMatchObject({
      status: 'met',
      mismatch: false,
    });
    expect(run(value(100), { value: 90 }, {}, { reportedStatus: 'noData' })).toMatchObject({
      status: 'noData',
      mismatch: false,
    });
  });

  it('shows the computed status when nothing was reported', () => {
    expect(run(value(100), { value: 90 })).toMatchObject({ status: 'notMet', mismatch: false });
  });
});
