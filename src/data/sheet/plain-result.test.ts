import { describe, expect, it } from 'vitest';
import { PlainResult } from './plain-result';

describe('new PlainResult(...)', () => {
  const actual = { value: 5, text: '5' };
  it('is a plain object, strictly equal to the literal it replaces, fields in the same order', () => {
    const result = new PlainResult('LUA', 2022, '≥ 30', actual, false, true);
    result.unitId = 'cao-pha';
    const literal = {
      indicatorCode: 'LUA',
      year: 2022,
      planText: '≥ 30',
      actual,
      isEstimate: false,
      isSample: true,
    };
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(result.constructor).toBe(Object);
    expect(result).toStrictEqual({ ...literal, unitId: 'cao-pha' });
    expect(Object.keys(result)).toEqual([...Object.keys(literal), 'unitId']);
    expect(structuredClone(result)).toStrictEqual(result);
  });
  it('makes independent objects', () => {
    const a = new PlainResult('A', 2021, '1', actual, true, false);
    const b = new PlainResult('B', 2022, '2', actual, false, true);
    a.plan = { kind: 'value', value: 1 };
    expect(b).toStrictEqual({
      indicatorCode: 'B',
      year: 2022,
      planText: '2',
      actual,
      isEstimate: false,
      isSample: true,
    });
  });
});
