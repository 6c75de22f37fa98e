import { describe, expect, it } from 'vitest';
import { evaluateYear } from './evaluate-year';
import { summariseYear } from './summarise-year';
import { sampleDataset } from './testing/sample-dataset';

describe('summariseYear(evaluated, basis?)', () => {
  it('counts top-level indicators only, not sub-measures', () => {
    expect(summariseYear(evaluateYear(sampleDataset(), 2022))).toEqual({
      total: 4,
      counts: { exceeded: 1, met: 2, basicallyMet: 0, notMet: 1, noData: 0 },
      mismatches: 0,
    });
  });

  it('counts the shown status by default and the computed status on request', () => {
    const dataset = sampleDataset();
    dataset.results = dataset.results.map((r) =>
      r.indicatorCode === 'KT02' && r.unitId === undefined ? { ...r, reportedStatus: 'exceeded' } : r,
    );
    const evaluated = evaluateYear(dataset, 2022);
    expect(summariseYear(evaluated)).toMatchObject({ counts: { exceeded: 2, met: 1 }, mismatches: 1 });
    expect(summariseYear(evaluated, 'computed')).toMatchObject({
      counts: { exceeded: 1, met: 2 },
      mismatches: 1,
    });
  });

  it('gives zero totals for nothing', () => {
    expect(summariseYear([])).toEqual({
      total: 0,
      counts: { exceeded: 0, met: 0, basicallyMet: 0, notMet: 0, noData: 0 },
      mismatches: 0,
    });
  });
});
