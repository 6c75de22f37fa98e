const COMBINING_MARKS = /\p{M}/gu;
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE = /\s+/g;

/**
 * A matching key for Vietnamese text: blind to diacritics, case, Unicode normal form and spacing.
 * “Tỷ lệ hộ nghèo”, “TY LE  HO NGHEO” and the decomposed (Windows-1258) spelling all give `ty le ho ngheo`.
 * Old and new tone placement (“hoà”/“hòa”, “thuỷ”/“thủy”) fold alike because the marks are dropped.
 * đ/Đ become d. For matching only: never show the key.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(INVISIBLES, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(WHITESPACE, ' ')
    .trim();
}
