import { foldVietnamese } from './fold-vietnamese';

/**
 * True when every word of `query` occurs in `haystack`, diacritics- and case-blind (see foldVietnamese).
 * “ty le ho ngheo” and “ngheo ty le” both find “Tỷ lệ hộ nghèo”. A blank query matches everything.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const folded = foldVietnamese(haystack);
  const words = foldVietnamese(query).split(' ');
  return words.every((word) => folded.includes(word));
}
