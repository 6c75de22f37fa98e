import type { Cell } from '../issues';

/** How a column writes numbers. `ambiguous`: it mixes `1.234,5` and `1,234.5`, so `1.234` alone can't be read. */
export type NumberLocale = 'vi' | 'en' | 'ambiguous';

const NO_DATA = new Set(['', '-', '–', '—', '−', '--', '…', '...']);
const PERCENT_END = /\s*%$/;
const PLAIN_INT = /^\d+$/;
const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const SPACES = /[ \u00a0\u202f]/g;
const COMMA_DECIMAL = /^\d*,\d+$/;
const DOT_DECIMAL = /^\d*\.\d+$/;
/** One separator, then exactly three digits: `1.234` or `1,234`. Thousands in one locale, a decimal in the other (`0.005` is not: groups never start with 0). */
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;
const VI_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const DOTS = /\./g;
const COMMAS = /,/g;

/**
 * A spreadsheet number as a clerk types it. vi-VN by default: `1.234,5` → 1234.5, `63.961` → 63961, `7,5` → 7.5;
 * `105%` and `105,3 %` → 105 and 105.3 (the number printed, not a fraction); `-12,5` and `−12,5` are negative;
 * `(1.234)` is -1234. Blank, `-`, `–`, `—` are **no data** (`undefined`), never 0.
 * A form only one locale can mean is read that way whatever `locale` says (`7.5`, `1,234,567`, `1,234.5`);
 * `locale` only decides `1.234` / `1,234`, and with `'ambiguous'` those are an `ambiguousNumber` error.
 */
export function parseViNumber(raw: string, locale: NumberLocale = 'vi'): Cell<number | undefined> {
  let text = raw.trim();
  const plain = plainNumber(text, locale);
  if (plain !== undefined) return plain;
  if (NO_DATA.has(text)) return { ok: true, value: undefined };
  if (text.endsWith('%')) text = text.replace(PERCENT_END, '');
  if (PLAIN_INT.test(text)) return { ok: true, value: Number(text) };
  let sign = 1;
  const first = text.charCodeAt(0);
  if (first === 45 /* - */ || first === 0x2212 /* − */) {
    sign = -1;
    text = text.slice(1).trimStart();
  } else if (first === 43 /* + */) {
    text = text.slice(1).trimStart();
  } else if (first === 40 /* ( */ && text.endsWith(')')) {
    sign = -1;
    text = text.slice(1, -1).trim();
  }
  const value = unsignedNumber(text, locale);
  if (typeof value === 'string') return { ok: false, code: value };
  return { ok: true, value: sign * value };
}

/**
 * The common cells in one pass without a regex: digits with at most one `.` or `,` between digits (`12345`,
 * `12.345`, `7,5`, `0.5`). The same answers as `unsignedNumber`; `undefined` for anything else (signs, `%`, spaces,
 * several separators), which takes the full path.
 */
function plainNumber(text: string, locale: NumberLocale): Cell<number | undefined> | undefined {
  const value = plainNumberValue(text, locale);
  if (value === undefined) return undefined;
  return typeof value === 'number' ? { ok: true, value } : { ok: false, code: value };
}

/** `plainNumber` without the `Cell` around it (nothing allocated): `text` is trimmed; `undefined` when not plain. */
export function plainNumberValue(text: string, locale: NumberLocale): number | 'ambiguousNumber' | undefined {
  return plainNumberIn(text, 0, text.length, locale);
}

/** `plainNumberValue(text.slice(start, end), locale)` without the slice, but for a decimal. */
export function plainNumberIn(
  text: string,
  start: number,
  end: number,
  locale: NumberLocale,
): number | 'ambiguousNumber' | undefined {
  const length = end - start;
  if (length <= 0) return undefined;
  let sep = -1; // from start
  let digits = 0; // the digits as a number, separator ignored (exact: at most 15 digits)
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(start + i);
    if (c >= 48 && c <= 57) digits = digits * 10 + (c - 48);
    else if ((c === 46 || c === 44) && sep === -1 && i > 0 && i < length - 1) sep = i;
    else return undefined;
  }
  if (length > 15) return undefined;
  if (sep === -1) return digits;
  const isDot = text.charCodeAt(start + sep) === 46;
  // AMBIGUOUS: 1–3 digits, the first not 0, then exactly three.
  if (sep <= 3 && length - sep === 4 && text.charCodeAt(start) !== 48) {
    if (locale === 'ambiguous') return 'ambiguousNumber';
    if (locale === 'vi' ? isDot : !isDot) return digits;
  }
  // A decimal: its digits over a power of ten, no string made and parsed. Exact: both are integers below 2^53 (at
  // most 14 digits, 10^13), so the division rounds the decimal's exact value once, as `Number` of its text does.
  // Why: `Number(text.replace(',', '.'))` made two strings for such a cell (a third of the bench's plans and
  // actuals are `25,7`); the bench's 10 000 actual cells, same process: plainActual 85 → 65 ns a cell.
  return digits / (POWERS_OF_TEN[length - 1 - sep] as number);
}

/** 10^0 … 10^14, each exact. */
const POWERS_OF_TEN = Array.from({ length: 15 }, (_, k) => 10 ** k);

function unsignedNumber(input: string, locale: NumberLocale): number | 'notANumber' | 'ambiguousNumber' {
  let text = input;
  if (PLAIN_INT.test(text)) return Number(text);
  if (SPACE_GROUPS.test(text)) text = text.replace(SPACES, '');
  if (PLAIN_INT.test(text)) return Number(text);
  if (AMBIGUOUS.test(text)) {
    if (locale === 'ambiguous') return 'ambiguousNumber';
    const isDot = text.includes('.');
    const thousands = locale === 'vi' ? isDot : !isDot;
    return thousands ? Number(text.replace(isDot ? DOTS : COMMAS, '')) : Number(text.replace(',', '.'));
  }
  if (COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'));
  if (DOT_DECIMAL.test(text)) return Number(text);
  if (VI_GROUPED.test(text)) return Number(text.replace(DOTS, '').replace(',', '.'));
  if (EN_GROUPED.test(text)) return Number(text.replace(COMMAS, ''));
  return 'notANumber';
}

const NUMBER_TOKEN = /\d[\d.,]*\d|\d/g;

/**
 * Which way a cell's number tokens lean: `vi` (`7,5`, `1.234.567`, `1.234,5`), `en` (`7.5`, `1,234,567`,
 * `1,234.5`), or neither (integers, and `1.234` / `1,234`, which both locales can read).
 */
export function numberEvidence(raw: string): 'vi' | 'en' | undefined {
  const plain = plainEvidence(raw, 0);
  if (plain !== null) return plain;
  // A plain number after a prefix without digits (`≥ 17.108`, `dưới 45,3`): that number is the one token. Why: the
  // token regex made a match array a token, and the locale sample reads such cells of 2000 rows (a fifth of the
  // bench's plans; sampled, a 1 000-row sheet: 22 KB of regex matches gone).
  let first = 0;
  const length = raw.length;
  while (first < length && !isDigit(raw.charCodeAt(first))) first++;
  if (first > 0 && first < length) {
    const signed = plainEvidence(raw, first);
    if (signed !== null) return signed;
  }
  NUMBER_TOKEN.lastIndex = 0;
  let evidence: 'vi' | 'en' | undefined;
  for (let m = NUMBER_TOKEN.exec(raw); m !== null; m = NUMBER_TOKEN.exec(raw)) {
    const token = m[0];
    if (PLAIN_INT.test(token) || AMBIGUOUS.test(token)) continue;
    if (COMMA_DECIMAL.test(token) || VI_GROUPED.test(token)) evidence = 'vi';
    else if (DOT_DECIMAL.test(token) || EN_GROUPED.test(token)) evidence = 'en';
  }
  return evidence;
}

/**
 * `numberEvidence` of the common cell, digits with at most one `.` or `,` between digits, in one pass without the
 * token regex (the locale sample reads 2000 rows of each figure column); `null` for any other cell. Read from
 * `start`, the text before it left out.
 */
function plainEvidence(raw: string, start: number): 'vi' | 'en' | undefined | null {
  const length = raw.length - start;
  if (length <= 0) return null;
  let sep = -1; // from start
  for (let i = 0; i < length; i++) {
    const c = raw.charCodeAt(start + i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 46 || c === 44) && sep === -1 && i > 0 && i < length - 1) sep = i;
    else return null;
  }
  if (sep === -1) return undefined; // an integer
  if (sep <= 3 && length - sep === 4 && raw.charCodeAt(start) !== 48) return undefined; // `1.234`: either locale
  return raw.charCodeAt(start + sep) === 44 ? 'vi' : 'en';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The number locale of one column, from all its cells: `en` when some cells can only be English (`1,234.5`, `7.5`)
 * and none only Vietnamese, `vi` in the opposite case, `ambiguous` when both occur, and `fallback` (default `vi`,
 * the convention of docs/data-format.md) when no cell decides.
 */
export function detectNumberLocale(cells: Iterable<string>, fallback: NumberLocale = 'vi'): NumberLocale {
  let vi = 0;
  let en = 0;
  for (const cell of cells) {
    const evidence = numberEvidence(cell ?? '');
    if (evidence === 'vi') vi++;
    else if (evidence === 'en') en++;
  }
  return localeOfVotes(vi, en, fallback);
}

/** `detectNumberLocale` from the counts of its cells' evidence: `vi` cells and `en` cells. */
export function localeOfVotes(vi: number, en: number, fallback: NumberLocale = 'vi'): NumberLocale {
  if (vi > 0 && en > 0) return 'ambiguous';
  if (vi > 0) return 'vi';
  if (en > 0) return 'en';
  return fallback;
}
