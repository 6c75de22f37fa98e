import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../evaluate-year';
import type { Dataset } from '../model';
import { summariseYear } from '../summarise-year';
import { makeDataset, makeIndicator, makeUnit, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { unitSummaries, unitSummarySteps } from './unit-summaries';

/** Each unit's year evaluated on its own, as the rankings did before the summaries (the reference). */
function oneByOne(dataset: Dataset, year: number) {
  const ids = [...new Set(dataset.results.filter((r) => r.year === year).map((r) => r.unitId))];
  return new Map(
    ids.flatMap((id) => {
      if (id === undefined) return [];
      const { total, counts } = summariseYear(evaluateYear(dataset, year, id));
      return total === 0 ? [] : [[id, { total, counts }] as const];
    }),
  );
}

/** Units with random plans and actuals for two indicators (one higher-is-better, one lower-is-better). */
const randomDataset = fc
  .array(
    fc.record({
      unit: fc.integer({ min: 0, max: 6 }),
      code: fc.constantFrom('A', 'B', 'C'),
      plan: fc.integer({ min: 0, max: 10 }),
      actual: fc.integer({ min: 0, max: 10 }),
      year: fc.constantFrom(2021, 2022),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    makeDataset({
      indicators: [
        makeIndicator({ code: 'A' }),
        makeIndicator({ code: 'B', direction: 'lower' }),
        makeIndicator({ code: 'C', parentCode: 'A' }),
      ],
      units: [0, 1, 2, 3, 4, 5, 6].map((n) => makeUnit(`u${n}`, `Xã ${n}`)),
      results: rows.map((r) =>
        valueRow(r.code, r.year, r.plan, r.actual, r.unit === 0 ? undefined : `u${r.unit}`),
      ),
    }),
  );

describe('unitSummaries(dataset, year)', () => {
  it('counts each unit’s top-level rows by shown status', () => {
    expect([...unitSummaries(sampleDataset(), 2022)]).toEqual([
      ['xa-a', { total: 2, counts: { exceeded: 1, met: 0, basicallyMet: 0, notMet: 1, noData: 0 } }],
      ['xa-b', { total: 2, counts: { exceeded: 1, met: 1, basicallyMet: 0, notMet: 0, noData: 0 } }],
      ['xa-c', { total: 2, counts: { exceeded: 2, met: 0, basicallyMet: 0, notMet: 0, noData: 0 } }],
    ]);
    expect(unitSummaries(sampleDataset(), 2021).size).toBe(0);
  });

  it('equals evaluating each unit on its own, for random data sets', () => {
    fc.assert(
      fc.property(randomDataset, fc.constantFrom(2021, 2022), (dataset, year) => {
        expect(new Map(unitSummaries(dataset, year))).toEqual(oneByOne(dataset, year));
      }),
    );
  });
});

describe('unitSummarySteps(dataset, year)', () => {
  it('takes one step per unit, yielding the count so far, and returns what unitSummaries gives', () => {
    const steps = unitSummarySteps(sampleDataset(), 2022);
    const yielded: number[] = [];
    let step = steps.next();
    while (!step.done) {
      yielded.push(step.value);
      step = steps.next();
    }
    expect(yielded).toEqual([1, 2, 3]);
    expect(step.value).toEqual(unitSummaries(sampleDataset(), 2022));
  });
});
