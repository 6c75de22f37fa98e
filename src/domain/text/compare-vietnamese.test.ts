import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './compare-vietnamese';

describe('compareVietnamese(a, b)', () => {
  it('puts Đ after D and before E, where code-unit order puts it after Z', () => {
    expect(['Đạt', 'Zế', 'Dế', 'Ê'].sort(compareVietnamese)).toEqual(['Dế', 'Đạt', 'Ê', 'Zế']);
  });

  it('puts ă and â after a', () => {
    expect(['Âu', 'Ăn', 'Bé', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Âu', 'Bé']);
  });

  it('returns 0 for equal strings and has the sign of the order otherwise', () => {
    expect(compareVietnamese('Hồ Bốn', 'Hồ Bốn')).toBe(0);
    expect(compareVietnamese('Cao Phạ', 'Chế Tạo')).toBeLessThan(0);
    expect(compareVietnamese('Chế Tạo', 'Cao Phạ')).toBeGreaterThan(0);
  });
});
