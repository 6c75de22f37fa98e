import { describe, expect, it } from 'vitest';
import { plainResult } from './plain-result';

describe('plainResult(...)', () => {
  const actual = { value: 5, text: '5' };
  it('is a plain object with every field of the model, the unfilled ones undefined, in the model’s order', () => {
    const result = plainResult('LUA', 2022, 'cao-pha', undefined, '≥ 30', actual, false, 'met', true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual([
      'indicatorCode',
      'year',
      'unitId',
      'plan',
      'planText',
      'unitText',
      'actual',
      'baseline',
      'isEstimate',
      'asOf',
      'reportedStatus',
      'reportedPercent',
      'sourceId',
      'isSample',
    ]);
    // To every reader of the model, an undefined field is an absent one.
    expect(result).toEqual({
      indicatorCode: 'LUA',
      year: 2022,
      unitId: 'cao-pha',
      planText: '≥ 30',
      actual,
      isEstimate: false,
      reportedStatus: 'met',
      isSample: true,
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(
      JSON.parse(JSON.stringify({ ...result, plan: undefined })),
    );
    expect(structuredClone(result)).toStrictEqual(result);
  });
  it('makes independent objects', () => {
    const a = plainResult('A', 2021, undefined, undefined, '1', actual, true, undefined, false);
    const b = plainResult('B', 2022, undefined, undefined, '2', actual, false, undefined, true);
    a.plan = { kind: 'value', value: 1 };
    a.unitText = 'ha';
    expect(b.plan).toBeUndefined();
    expect(b.unitText).toBeUndefined();
    expect(b.indicatorCode).toBe('B');
  });
});
