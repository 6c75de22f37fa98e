import { describe, expect, it } from 'vitest';
import type { Status } from '../../domain';
import type { PublicRow } from './public-view';
import { isSortKey, sortRows } from './sort-rows';

const row = (code: string, status: Status, percentOfPlan?: number, level: 0 | 1 = 0): PublicRow => ({
  code,
  level,
  number: code,
  name: { vi: code, en: code },
  unit: { vi: '', en: '' },
  planText: '',
  decimals: 0,
  status,
  isEstimate: false,
  isSample: true,
  ...(percentOfPlan !== undefined && { percentOfPlan }),
});

const ROWS = [
  row('Đ', 'met', 100),
  row('B', 'notMet', 90),
  row('B1', 'exceeded', 120, 1),
  row('B2', 'notMet', 80, 1),
  row('A', 'exceeded', 110),
  row('E', 'noData'),
  row('C', 'met', 100),
];
const codes = (rows: PublicRow[]) => rows.map((r) => r.code);
const byName = sortRowsWith('vi');

function sortRowsWith(locale: string) {
  const collator = new Intl.Collator(locale);
  return (key: Parameters<typeof sortRows>[1]) =>
    codes(sortRows(ROWS, key, (r) => r.name.vi, collator.compare));
}

describe('sortRows(rows, key, name, compare)', () => {
  it('keeps the report order for original', () => {
    expect(byName('original')).toEqual(['Đ', 'B', 'B1', 'B2', 'A', 'E', 'C']);
  });

  it('puts the best status first, ties in report order, sub-measures staying under their indicator', () => {
    expect(byName('status')).toEqual(['A', 'Đ', 'C', 'B', 'B1', 'B2', 'E']);
  });

  it('puts the highest % of plan first and rows without one last', () => {
    expect(byName('percent')).toEqual(['A', 'Đ', 'C', 'B', 'B1', 'B2', 'E']);
    expect(
      codes(
        sortRows(
          [row('X', 'noData'), row('Y', 'met', 50)],
          'percent',
          (r) => r.code,
          (a, b) => a.localeCompare(b),
        ),
      ),
    ).toEqual(['Y', 'X']);
  });

  it('sorts names with the given collator: Vietnamese Đ after D, not after Z', () => {
    expect(byName('name')).toEqual(['A', 'B', 'B1', 'B2', 'C', 'Đ', 'E']);
  });
});

describe('isSortKey(value)', () => {
  it('accepts the four keys and nothing else', () => {
    expect(['original', 'status', 'percent', 'name'].every(isSortKey)).toBe(true);
    expect(isSortKey('toString')).toBe(false);
    expect(isSortKey(null)).toBe(false);
  });
});
