import { describe, expect, it } from 'vitest';
import { matchesIndicatorFilter } from './filter-indicator-rows';
import type { IndicatorRow } from './indicator-rows';

const row = (code: string, vi: string, status: IndicatorRow['status'], groupCode: string) =>
  ({ code, name: { vi, en: `${code} en` }, status, groupCode }) as IndicatorRow;

const poverty = row('XH02', 'Tỷ lệ hộ nghèo', 'exceeded', 'van-hoa-xa-hoi');
const forest = row('MT01', 'Tỷ lệ che phủ rừng', 'met', 'moi-truong');

describe('matchesIndicatorFilter(row, filter)', () => {
  it('finds a name typed without diacritics and in any case', () => {
    expect(matchesIndicatorFilter(poverty, { search: 'ty le ho ngheo' })).toBe(true);
    expect(matchesIndicatorFilter(poverty, { search: 'TY LE HO NGHEO' })).toBe(true);
    expect(matchesIndicatorFilter(forest, { search: 'ty le ho ngheo' })).toBe(false);
    expect(matchesIndicatorFilter(forest, { search: 'mt01' })).toBe(true);
  });

  it('keeps only the chosen statuses, all when none is chosen', () => {
    expect(matchesIndicatorFilter(poverty, { statuses: ['exceeded'] })).toBe(true);
    expect(matchesIndicatorFilter(forest, { statuses: ['exceeded'] })).toBe(false);
    expect(matchesIndicatorFilter(forest, { statuses: [] })).toBe(true);
  });

  it('keeps only the chosen group, and every part of the filter must pass', () => {
    expect(matchesIndicatorFilter(forest, { group: 'moi-truong' })).toBe(true);
    expect(matchesIndicatorFilter(poverty, { group: 'moi-truong' })).toBe(false);
    expect(matchesIndicatorFilter(forest, { group: 'moi-truong', statuses: ['notMet'] })).toBe(false);
    expect(matchesIndicatorFilter(forest, { search: '  ' })).toBe(true);
  });
});
