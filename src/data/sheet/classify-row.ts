import { foldWords } from '../text/fold-text';

const ROMAN = /^(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const ROMAN_TITLE = /^([IVXLC]+)\s*[.)\-–:]\s*(.+)$/;
const LETTER_SECTION = /^[A-H]\.?$/;
const TRAILER =
  /^(?:ghi chu|chu thich|luu y|nguoi lap(?: bieu)?|nguoi tong hop|chu tich|pho chu tich|tm|t m|kt|thu truong|noi nhan|truong phong|pho truong phong|xac nhan|giam doc|lanh dao|nguon so lieu)\b/;
const DATE_LINE = /\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\b/;
const FOOTNOTE = /^\(?\*+\)?(?:\s|$)/;

/** `I`, `II.`, `IV` (upper case, as TT cells write sections). */
export function isRomanNumeral(text: string): boolean {
  const t = text.trim().replace(/[.):]$/, '');
  return t !== '' && ROMAN.test(t);
}

/** A section title written in one cell (`I. KINH TẾ`, `II - VĂN HÓA XÃ HỘI`) → its title, else undefined. */
export function romanSectionTitle(text: string): string | undefined {
  const m = ROMAN_TITLE.exec(text.trim());
  return m && isRomanNumeral(m[1] ?? '') ? (m[2] ?? '').trim() : undefined;
}

/** `A`, `B.` in a TT cell: a letter section (only when the row has no figures). */
export function isLetterSection(text: string): boolean {
  return LETTER_SECTION.test(text.trim());
}

/**
 * The first line of what follows a table: notes (`Ghi chú:`), footnotes (`(*)`, `* …`), signatures
 * (`NGƯỜI LẬP BIỂU`, `CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`), `Nơi nhận:`, a place-and-date line.
 */
export function isTrailerLine(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (FOOTNOTE.test(t)) return true;
  const key = foldWords(t);
  return TRAILER.test(key) || DATE_LINE.test(key);
}

/**
 * How deep a row sits, from its TT cell or the marker opening its name: `1`/`2.` → 0, `1.1` → 1, `1.1.1` → 2,
 * `a)`/`a.` → 3, `-`/`–` → 4, `+` → 5, `*`/`•` → 6; `undefined` when unmarked.
 */
export function rowLevel(marker: string): number | undefined {
  const t = marker.trim();
  if (t === '') return undefined;
  const first = t.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const dots = t.replace(/[.)]$/, '').split('.').length - 1;
    return /^\d+(?:\.\d+)*[.)]?$/.test(t) ? Math.min(dots, 2) : undefined;
  }
  if (/^[a-zđ][.)]$/.test(t)) return 3;
  if (t === '-' || t === '–' || t === '—') return 4;
  if (t === '+') return 5;
  if (t === '*' || t === '•' || t === '·') return 6;
  return undefined;
}

const NAME_MARKER = /^\s*(\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-–—+•*·])\s+/;

/** Splits a marker typed into the name cell (`- Xã đạt chuẩn`, `a) Lúa`, `1.2. Ngô`) from the name. */
export function splitNameMarker(name: string): { marker: string; name: string } {
  const m = NAME_MARKER.exec(name);
  return m ? { marker: m[1] ?? '', name: name.slice(m[0].length).trim() } : { marker: '', name: name.trim() };
}

const TRONG_DO = /^\s*trong\s+(?:do|đó|đo|dó)\s*[:：,-]?\s*/i;

/** “Trong đó:” (in which): the rows below are parts of the row above. Returns the rest of the cell, or undefined. */
export function afterTrongDo(name: string): string | undefined {
  const first = name.trimStart().charCodeAt(0);
  if (first !== 84 /* T */ && first !== 116 /* t */) return undefined;
  const text = name.normalize('NFC');
  const m = TRONG_DO.exec(text);
  return m ? text.slice(m[0].length).trim() : undefined;
}
