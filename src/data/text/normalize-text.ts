const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/** Text as shown and stored: NFC, every kind of space (non-breaking, narrow, zero-width) as one space, trimmed. */
export function normalizeText(s: string): string {
  return isNormalText(s) ? s : s.normalize('NFC').replace(SPACES, ' ').trim();
}

/**
 * True when `normalizeText(s)` is `s` itself, by one pass over the code units (no allocation): no space but single
 * inner U+0020, and only characters that are NFC whatever precedes or follows them — below U+0300 (Latin, with
 * the Vietnamese ơ ư đ), precomposed Vietnamese letters (U+1EA0–U+1EF9) and a few signs clerks type (– — … − ≤ ≥).
 * Anything else (combining marks, other scripts) takes the full path.
 */
export function isNormalText(s: string): boolean {
  const end = s.length - 1;
  let space = true; // a leading space is not normal
  for (let i = 0; i <= end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space || i === end) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x300) {
      if (c <= 32 ? c >= 9 && c <= 13 : c === 0xa0) return false;
      continue;
    }
    if (c >= 0x1ea0 ? c <= 0x1ef9 : false) continue;
    if (c === 0x2013 || c === 0x2014 || c === 0x2026 || c === 0x2212 || c === 0x2264 || c === 0x2265)
      continue;
    return false;
  }
  return true;
}
