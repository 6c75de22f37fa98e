import { describe, expect, it } from 'vitest';
import { makeResult, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { statusMismatches } from './status-mismatches';

describe('statusMismatches(dataset, results, limit)', () => {
  const dataset = sampleDataset();
  const printed = (actual: number, reportedStatus: 'met' | 'exceeded', unitId?: string) => ({
    ...valueRow('KT01', 2024, 100, actual, unitId),
    reportedStatus,
  });

  it('lists a row printed “Đạt” whose figures exceed the plan, with both statuses', () => {
    const rows = [printed(120, 'met'), printed(100, 'met', 'xa-a')];
    const found = statusMismatches({ ...dataset, results: [...dataset.results, ...rows] }, rows);
    expect(found).toEqual({
      count: 1,
      list: [{ indicatorCode: 'KT01', year: 2024, reported: 'met', computed: 'exceeded' }],
    });
  });

  it('skips rows without a printed status or with an indicator the catalogue does not know', () => {
    const rows = [
      valueRow('KT01', 2024, 100, 120),
      { ...makeResult({ indicatorCode: 'MOI' }), reportedStatus: 'met' as const },
    ];
    expect(statusMismatches({ ...dataset, results: rows }, rows).count).toBe(0);
  });

  it('counts beyond the limit but lists only the first ones', () => {
    const rows = [printed(120, 'met', 'xa-a'), printed(130, 'met', 'xa-b'), printed(90, 'exceeded', 'xa-c')];
    const found = statusMismatches({ ...dataset, results: rows }, rows, 2);
    expect(found.count).toBe(3);
    expect(found.list.map((m) => m.unitId)).toEqual(['xa-a', 'xa-b']);
  });
});
