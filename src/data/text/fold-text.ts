import { foldVietnamese } from '../../domain/text/fold-vietnamese';

/**
 * The matching key of src/data: the domain's `foldVietnamese` (NFD, marks stripped, đ → d, lower case, one space)
 * plus non-breaking spaces. “Thực hiện năm 2024” → `thuc hien nam 2024`. Never shown.
 */
export function foldText(s: string): string {
  return isFolded(s) ? s : foldVietnamese(s.replace(NBSP, ' '));
}

const NBSP = /[\u00a0\u2007\u202f]/g;

/**
 * True when `foldText(s)` is `s` itself (one pass, no allocation): printable ASCII without capitals, and spaces
 * only single and inside. Cells such as `x`, `12.345` or `dat` need no normalising, no regex and no copy.
 */
function isFolded(s: string): boolean {
  const end = s.length - 1;
  let space = true;
  for (let i = 0; i <= end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space || i === end) return false;
      space = true;
      continue;
    }
    space = false;
    if (c <= 32 || c >= 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const NON_WORD = /[^\p{L}\p{N}%]+/gu;

/** `foldText` with punctuation as spaces: “Xã, thị trấn” → `xa thi tran`, “% so KH” → `% so kh`. For names. */
export function foldWords(s: string): string {
  return foldText(s).replace(NON_WORD, ' ').trim();
}
