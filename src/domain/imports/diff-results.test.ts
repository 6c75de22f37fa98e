import { describe, expect, it } from 'vitest';
import { makeResult, valueRow } from '../testing/fixtures';
import { diffResults } from './diff-results';

const shown = [
  valueRow('KT01', 2022, 100, 110),
  valueRow('KT02', 2022, 50, 50),
  valueRow('KT01', 2022, 100, 120, 'xa-a'),
];

describe('diffResults(shown, incoming, limit)', () => {
  it('counts a result of a new key as added, the same figures as unchanged, other figures as changed', () => {
    const diff = diffResults(shown, [
      valueRow('KT01', 2022, 100, 110), // same
      valueRow('KT02', 2022, 50, 55), // actual differs
      valueRow('KT01', 2022, 100, 120, 'xa-b'), // another unit: added
      valueRow('KT01', 2023, 100, 110), // another year: added
    ]);
    expect([diff.added, diff.changed, diff.unchanged]).toEqual([2, 1, 1]);
    expect(
      diff.samples.map((s) => [s.kind, s.indicatorCode, s.year, s.unitId, s.before?.actual.value]),
    ).toEqual([
      ['changed', 'KT02', 2022, undefined, 50],
      ['added', 'KT01', 2022, 'xa-b', undefined],
      ['added', 'KT01', 2023, undefined, undefined],
    ]);
  });

  it('sees a different plan, printed status or estimate flag as a change, and a number written differently as none', () => {
    const base = valueRow('KT02', 2022, 50, 50);
    const same = { ...base, actual: { value: 50, text: '50,0' } };
    expect(diffResults(shown, [same]).unchanged).toBe(1);
    expect(diffResults(shown, [{ ...base, planText: '55' }]).changed).toBe(1);
    expect(diffResults(shown, [{ ...base, reportedStatus: 'exceeded' }]).changed).toBe(1);
    expect(diffResults(shown, [{ ...base, isEstimate: true }]).changed).toBe(1);
  });

  it('compares the text of an actual that has no number (“hoàn thành”)', () => {
    const done = makeResult({
      indicatorCode: 'QP01',
      planText: 'hoàn thành',
      actual: { done: true, text: 'hoàn thành' },
    });
    expect(diffResults([done], [{ ...done }]).unchanged).toBe(1);
    expect(diffResults([done], [{ ...done, actual: { done: true, text: 'đã hoàn thành' } }]).changed).toBe(1);
  });

  it('keeps at most `limit` samples but counts everything', () => {
    const incoming = Array.from({ length: 30 }, (_, i) => valueRow('KT09', 2000 + i, 1, 1));
    const diff = diffResults(shown, incoming, 5);
    expect(diff.added).toBe(30);
    expect(diff.samples.map((s) => s.year)).toEqual([2000, 2001, 2002, 2003, 2004]);
  });
});
