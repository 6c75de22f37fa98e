/** Signs a TCVN3 (ABC) or VNI font leaves in Unicode text and Vietnamese never uses (“hép møt tÕt”). */
export const LEGACY_SIGNS = '¸µ¶·¹¨©ª«¬®¯°±²³´º»¼½¾¿ßøþ÷×Æ¤¥¦§¡¢£';
/** Real Vietnamese capitals, which such fonts also leave: they count only beside a lower-case letter. */
export const LEGACY_CAPITALS = 'ÕÖÎÑÒÓÔ';

/**
 * Letters a TCVN3 (ABC) or VNI font leaves in Unicode text and Vietnamese never uses: “hép møt tÕt” is “họp mặt
 * tết” typed in .VnTime. Õ is a real Vietnamese capital, so it counts only beside a lower-case letter.
 */
const LEGACY = new RegExp(`[${LEGACY_SIGNS}]|[a-zđ][${LEGACY_CAPITALS}]|[${LEGACY_CAPITALS}][a-z]`, 'g');
const WORD = /\S+/g;

/**
 * A word of `text` that looks typed in a TCVN3 or VNI font, when at least 3 such characters occur and they are
 * at least 1 in 200 characters; else `undefined`. A warning, not a conversion.
 */
export function findLegacyFont(text: string): string | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const hits = sample.match(LEGACY);
  if (!hits || hits.length < 3 || hits.length * 200 < sample.length) return undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) {
    LEGACY.lastIndex = 0;
    if (LEGACY.test(m[0])) return m[0];
  }
  return undefined;
}
