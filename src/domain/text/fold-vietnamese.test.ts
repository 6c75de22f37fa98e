import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold-vietnamese';

describe('foldVietnamese(s)', () => {
  it('drops tone and vowel marks and lower-cases', () => {
    expect(foldVietnamese('Tỷ lệ hộ nghèo')).toBe('ty le ho ngheo');
    expect(foldVietnamese('ĂÂÊÔƠƯ')).toBe('aaeoou');
  });

  it('turns đ and Đ into d, which NFD alone does not', () => {
    expect(foldVietnamese('Đạt')).toBe('dat');
    expect(foldVietnamese('đường')).toBe('duong');
  });

  it('gives the same key for NFC and NFD (Windows-1258 combining) spellings', () => {
    const nfc = 'Mù Cang Chải'.normalize('NFC');
    const nfd = 'Mù Cang Chải'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
  });

  it('treats old and new tone placement alike', () => {
    expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
    expect(foldVietnamese('thuỷ')).toBe(foldVietnamese('thủy'));
  });

  it('collapses inner whitespace, trims the ends and removes zero-width characters', () => {
    expect(foldVietnamese('  Dế\u00a0 Xu\tPhình \n')).toBe('de xu phinh');
    expect(foldVietnamese('\uFEFFKim\u200B Nọi')).toBe('kim noi');
  });

  it('keeps different words different', () => {
    expect(foldVietnamese('Nậm Có')).not.toBe(foldVietnamese('Nậm Khắt'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
      }),
    );
  });
});
