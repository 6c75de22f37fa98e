import { describe, expect, it } from 'vitest';
import { matchesSearch } from './matches-search';

describe('matchesSearch(haystack, query)', () => {
  it('finds “Tỷ lệ hộ nghèo” from an unaccented query', () => {
    expect(matchesSearch('Tỷ lệ hộ nghèo', 'ty le ho ngheo')).toBe(true);
    expect(matchesSearch('Tỷ lệ hộ nghèo', 'HỘ NGHÈO')).toBe(true);
  });

  it('matches words in any order', () => {
    expect(matchesSearch('Tỷ lệ hộ nghèo', 'ngheo ty')).toBe(true);
  });

  it('fails when any word is missing', () => {
    expect(matchesSearch('Tỷ lệ hộ nghèo', 'ty le bhyt')).toBe(false);
    expect(matchesSearch('Trồng rừng mới', 'chay rung')).toBe(false);
  });

  it('matches everything on a blank query', () => {
    expect(matchesSearch('Trồng rừng mới', '')).toBe(true);
    expect(matchesSearch('', '   ')).toBe(true);
  });
});
