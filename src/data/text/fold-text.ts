import { foldVietnamese } from '../../domain/text/fold-vietnamese';

/**
 * The matching key of src/data: the domain's `foldVietnamese` (NFD, marks stripped, đ → d, lower case, one space)
 * plus non-breaking spaces. “Thực hiện năm 2024” → `thuc hien nam 2024`. Never shown.
 */
export function foldText(s: string): string {
  return foldVietnamese(s.replace(NBSP, ' '));
}

const NBSP = /[\u00a0\u2007\u202f]/g;

const NON_WORD = /[^\p{L}\p{N}%]+/gu;

/** `foldText` with punctuation as spaces: “Xã, thị trấn” → `xa thi tran`, “% so KH” → `% so kh`. For names. */
export function foldWords(s: string): string {
  return foldText(s).replace(NON_WORD, ' ').trim();
}
