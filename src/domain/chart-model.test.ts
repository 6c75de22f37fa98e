import { describe, expect, it } from 'vitest';
import { toChartModel } from './chart-model';

describe('toChartModel(data)', () => {
  it('is empty for no rows', () => {
    expect(toChartModel([])).toEqual({ kind: 'empty' });
  });

  it('is ready with the same rows for one row or more', () => {
    const rows = [{ year: 2022 }];
    const model = toChartModel(rows);
    expect(model).toEqual({ kind: 'ready', data: [{ year: 2022 }] });
    expect(model.kind === 'ready' && model.data).toBe(rows);
  });
});
