import { LEGACY_CAPITALS, LEGACY_SIGNS } from '../text/find-legacy-font';
import {
  bestDelimiter,
  type CsvProgress,
  dropTrailingBlank,
  SAMPLE_CHARS,
  SAMPLE_ROWS,
} from './parse-csv-rows';

/**
 * The fast path of a dropped CSV, straight from its bytes: `decodeBytes` then `forEachCsvRow` (TextDecoder,
 * NFC, the checks, delimiter detection, papaparse) give the same rows and no issue for the common file, UTF-8
 * without a quote, a control character, a character NFC could change or a legacy-font sign, and this reader
 * proves that as it reads the bytes and splits them itself, making a string of a cell only (repeated cells, the
 * names and units of every row, are one string each, checked once). Why: TextDecoder alone takes about 8 to 10 ns a
 * byte (80–100 ms for the 10 MB bench sheet, half of raw papaparse at 1 000 rows); this reader's check takes 2 to 3,
 * its split about 4 (10 MB: 20–30 and 40 ms, against 65 for papaparse's step mode over the decoded text). Bench,
 * same process, alternated with the general path (first version): parseDroppedFile 1 000 rows 6.9 → 3.4 ms,
 * 10 000 rows 71 → 37 ms, 100 000 rows 632 → 466 ms. Any other file is `undefined` here, or refused by the
 * splitter past the scan's part, and takes the general path. Pure: runs in a Web Worker.
 */
export interface Utf8Csv {
  bytes: Uint8Array;
  /** The first byte of the text (after a UTF-8 BOM). */
  start: number;
  /** The byte of `;`, `,` or tab: `detectDelimiter`'s choice. */
  delimiter: number;
  /** papaparse's guess for the whole text (`guessLineEndings`). */
  newline: '\n' | '\r\n' | '\r';
  /**
   * Where the scan's check ended (it checked the characters papaparse guesses the line break from): the splitter
   * checks every cell that reaches past it, once per distinct cell, and refuses the bytes if one fails.
   */
  checkedEnd: number;
}

/** papaparse's `guessLineEndings` reads the first million characters. */
const GUESS_CHARS = 1024 * 1024;

const CR = 13;
const LF = 10;
/**
 * What a byte is to the scan: text, a line feed, a carriage return, a reason for the general path (a control
 * character, which `decodeBytes` counts, or a quote), or the lead of a multi-byte character. One table look-up a
 * byte where four comparisons were (1 000 bench rows, same process: the scan 0.41 → 0.23 ms).
 */
const TEXT = 0;
const LINE_FEED = 1;
const CARRIAGE_RETURN = 2;
const REJECT = 3;
const MULTI_BYTE = 4;
const KIND = new Uint8Array(256).fill(MULTI_BYTE, 0x80);
for (let b = 0; b < 32; b++) if (b !== 9) KIND[b] = REJECT;
KIND[0x22] = REJECT;
KIND[LF] = LINE_FEED;
KIND[CR] = CARRIAGE_RETURN;
/** Code points below U+0100 of the legacy-font check: a sign (general path) or a capital that counts beside a-z. */
const SIGN = 1;
const CAPITAL = 2;
const LATIN = new Uint8Array(256);
for (const c of LEGACY_SIGNS) LATIN[c.charCodeAt(0)] = SIGN;
for (const c of LEGACY_CAPITALS) LATIN[c.charCodeAt(0)] = CAPITAL;

/**
 * Code points above U+02FF the check lets through: precomposed Vietnamese letters (U+1EA0–U+1EF9) and the signs
 * clerks type (– — … − ≤ ≥); below U+0300 every one. None of them is a combining mark or composes with the one
 * before it, so a text of them alone is NFC (tests: every pair of them, and random texts the scan accepts).
 */
function isNfcSign(cp: number): boolean {
  return (
    (cp >= 0x1ea0 && cp <= 0x1ef9) ||
    cp === 0x2013 ||
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x2212 ||
    cp === 0x2264 ||
    cp === 0x2265
  );
}

/** Line breaks among the first `limit` characters, as papaparse's `guessLineEndings` sees them. */
class LineBreaks {
  /** One kept alive, so V8 keeps the shape: docs/decisions.md, “Shapes kept alive”. */
  static readonly shape = new LineBreaks(0);
  private firstCr = -1;
  private firstLf = -1;
  private cr = 0;
  private lf = 0;
  private crlf = 0;

  constructor(private readonly limit: number) {}

  carriage(at: number): void {
    if (at >= this.limit) return;
    if (this.cr++ === 0) this.firstCr = at;
  }

  lineFeed(at: number, afterCr: boolean): void {
    if (at >= this.limit) return;
    if (this.lf++ === 0) this.firstLf = at;
    if (afterCr) this.crlf++;
  }

  /** `guessLineEndings` of a text of `chars` characters, from the counts alone. */
  guess(chars: number): '\n' | '\r\n' | '\r' {
    const beforeCr = this.cr > 0 ? this.firstCr : Math.min(chars, this.limit);
    if (this.cr === 0 || (this.lf > 0 && this.firstLf < beforeCr)) return '\n';
    return this.crlf >= (this.cr + 1) / 2 ? '\r\n' : '\r';
  }
}

/**
 * The bytes as a quote-free UTF-8 CSV whose decoded text is already NFC and draws no `decodeBytes` issue, with
 * the delimiter and line break papaparse would use; `undefined` when the general path must read them. Checked here:
 * the characters papaparse guesses the line break from (the first million); the rest, by `forEachUtf8CsvRow`.
 */
export function scanUtf8Csv(bytes: Uint8Array): Utf8Csv | undefined {
  const length = bytes.length;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (start >= length || (bytes[0] === 0xff && bytes[1] === 0xfe)) return undefined;
  // Local copies: under Vite's module runner (the bench) an imported binding is a getter on every read.
  const sampleChars = SAMPLE_CHARS;
  const sample = new LineBreaks(sampleChars);
  const guess = new LineBreaks(GUESS_CHARS);
  let sampleEnd = length; // the byte where character SAMPLE_CHARS starts
  let i = start;
  let chars = 0; // UTF-16 code units (every code point let through is one)
  // The characters papaparse guesses the line break from, line breaks counted: to the sample's end, then on.
  for (let limit = Math.min(sampleChars, GUESS_CHARS); ; limit = GUESS_CHARS) {
    for (; i < length && chars < limit; chars++) {
      const b = bytes[i] as number;
      const kind = KIND[b];
      if (kind === TEXT) i++;
      else if (kind === MULTI_BYTE) {
        i = commonLetterEnd(bytes, i, b, start);
        if (i < 0) return undefined;
      } else if (kind === LINE_FEED) {
        const afterCr = bytes[i - 1] === CR; // no continuation byte is a CR
        sample.lineFeed(chars, afterCr);
        guess.lineFeed(chars, afterCr);
        i++;
      } else if (kind === CARRIAGE_RETURN) {
        sample.carriage(chars);
        guess.carriage(chars);
        i++;
      } else return undefined;
    }
    if (i >= length || chars !== sampleChars || limit === GUESS_CHARS) break;
    sampleEnd = i;
  }
  // The rest is checked by the splitter, a distinct cell once (`checkedCell`): names, units and words repeat on
  // every row, and checking every byte again was a fifth of a 100k parse in Chromium (20 ms of 100).
  const delimiter = sampleDelimiter(bytes, start, sampleEnd, sample.guess(chars));
  return { bytes, start, delimiter, newline: guess.guess(chars), checkedEnd: i };
}

/**
 * `nextUtf8` with the letters of nearly every multi-byte character of a Vietnamese sheet answered first, without a
 * call: the precomposed letters U+1EA0–U+1EF9 (E1 BA A0–BF, E1 BB 80–B9) and the two-byte letters from U+0100
 * (ă đ ĩ ũ ơ ư…), which the check lets through whatever surrounds them. Measured in Chromium, 100k bench rows:
 * the check's pass over the bytes was a fifth of the parse (about 20 ms of 100), most of it calls of `nextUtf8`.
 */
function commonLetterEnd(bytes: Uint8Array, i: number, b: number, start: number): number {
  const c1 = bytes[i + 1] as number;
  if (b === 0xe1) {
    const c2 = bytes[i + 2] as number;
    if ((c1 === 0xba && c2 >= 0xa0 && c2 <= 0xbf) || (c1 === 0xbb && c2 >= 0x80 && c2 <= 0xb9)) return i + 3;
  } else if (b >= 0xc4 && b <= 0xcb && (c1 & 0xc0) === 0x80) return i + 2;
  return nextUtf8(bytes, i, start);
}

/**
 * Where the character after the multi-byte one at `i` starts, or -1 when it is not one the fast path takes:
 * invalid UTF-8, a code point NFC could change (only U+0080–U+02FF and `isNfcSign` pass), a legacy-font sign, or
 * a legacy-font capital beside a lower-case letter (`tÕt`).
 */
function nextUtf8(bytes: Uint8Array, i: number, start: number): number {
  const b = bytes[i] as number;
  const c1 = bytes[i + 1] as number;
  if ((c1 & 0xc0) !== 0x80) return -1;
  if (b >= 0xc2 && b <= 0xcb) {
    const cp = ((b & 0x1f) << 6) | (c1 & 0x3f);
    if (cp >= 0x100) return i + 2;
    const latin = LATIN[cp];
    if (latin === SIGN) return -1;
    if (latin === CAPITAL) {
      const after = bytes[i + 2] as number;
      const before = i > start ? (bytes[i - 1] as number) : 0;
      if (after >= 97 && after <= 122) return -1;
      if (before >= 97 && before <= 122) return -1;
      if (before === 0x91 && i - 2 >= start && bytes[i - 2] === 0xc4) return -1; // đ
    }
    return i + 2;
  }
  if (b !== 0xe1 && b !== 0xe2) return -1;
  const c2 = bytes[i + 2] as number;
  if ((c2 & 0xc0) !== 0x80) return -1;
  return isNfcSign(((b & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f)) ? i + 3 : -1;
}

/** Whether `bytes[from, to)` (whole characters) pass the scan's check: no control character, quote or character the fast path refuses. */
function checkedCell(bytes: Uint8Array, from: number, to: number, start: number): boolean {
  for (let i = from; i < to; ) {
    const b = bytes[i] as number;
    const kind = KIND[b];
    if (kind === REJECT) return false;
    i = kind === MULTI_BYTE ? commonLetterEnd(bytes, i, b, start) : i + 1;
    if (i < 0) return false;
  }
  return true;
}

/**
 * `detectDelimiter` over the sample `bytes[start, end)`: its first 30 lines (papaparse's `preview`), blank ones
 * left out, and for each delimiter the cells a line splits into. The text has no quote, so a cell is what lies
 * between two delimiters.
 */
function sampleDelimiter(bytes: Uint8Array, start: number, end: number, newline: string): number {
  const widths: Record<string, number[]> = { ';': [], ',': [], '\t': [] };
  const stop = newline === '\r' ? CR : LF;
  const crlf = newline === '\r\n';
  let i = start;
  for (let line = 0; line < SAMPLE_ROWS; line++) {
    let semicolons = 0;
    let commas = 0;
    let tabs = 0;
    let j = i;
    let next = -1; // where the next line starts
    for (; j < end; j++) {
      const b = bytes[j];
      if (b === 59) semicolons++;
      else if (b === 44) commas++;
      else if (b === 9) tabs++;
      else if (b === stop) {
        if (!crlf) {
          next = j + 1;
          break;
        }
      } else if (crlf && b === CR && j + 1 < end && bytes[j + 1] === LF) {
        next = j + 2;
        break;
      }
    }
    if (j > i) {
      widths[';']?.push(semicolons + 1);
      widths[',']?.push(commas + 1);
      widths['\t']?.push(tabs + 1);
    }
    if (next === -1) break;
    i = next;
  }
  return bestDelimiter((delimiter) => widths[delimiter] ?? []).charCodeAt(0);
}

/**
 * The rows of `forEachCsvRow(decodeBytes(bytes).text, onRow)` for bytes `scanUtf8Csv` accepted: lines split at
 * papaparse's line break, cells at the delimiter, the trailing newline not a row. `progress` counts bytes.
 * `cells` is one array, refilled for every row: a caller that keeps a row keeps a copy. Why: an array a row is
 * most of the garbage a parse leaves behind it (176 bytes of the 500 or so a row allocates), and the fewer bytes it
 * allocates, the fewer young-generation collections fall inside it.
 * False when a cell past the scan's check (`checkedEnd`) fails it: the rows handed over so far are to be thrown
 * away and the general path must read the bytes (`onRow` is not called for the row that failed, or after it).
 */
export function forEachUtf8CsvRow(
  csv: Utf8Csv,
  onRow: (cells: string[], progress: CsvProgress) => boolean,
): boolean {
  const { bytes, start, delimiter, newline } = csv;
  const length = bytes.length;
  const progress: CsvProgress = { read: 0, length };
  const step = dropTrailingBlank(onRow);
  const texts = new CellTexts(bytes, csv.checkedEnd, start);
  const stop = newline === '\r' ? CR : LF;
  const crlf = newline === '\r\n';
  // Refilled in place (`length = 0` would drop its storage): a row as wide as the one before allocates nothing.
  const cells: string[] = [];
  let n = 0;
  for (let cellStart = start; ; ) {
    // The cell's end, two comparisons a byte; in a CRLF text a lone LF is a character of the cell.
    let i = cellStart;
    for (;;) {
      while (i < length) {
        const b = bytes[i] as number;
        if (b === delimiter || b === stop) break;
        i++;
      }
      if (i < length && crlf && bytes[i] === LF && bytes[i - 1] !== CR) i++;
      else break;
    }
    if (i < length && bytes[i] === delimiter) {
      n = put(cells, n, texts.get(cellStart, i));
      cellStart = i + 1;
      continue;
    }
    // A line break at `i` (after its CR in a CRLF text), or the end of the bytes.
    n = put(cells, n, texts.get(cellStart, i < length && crlf ? i - 1 : i));
    if (cells.length !== n) cells.length = n;
    if (texts.refused) return false;
    progress.read = Math.min(i + 1, length);
    if (!step(cells, progress) || i >= length) return true;
    n = 0;
    cellStart = i + 1;
  }
}

/** `cells[n] = text` without a hole; the count after. */
function put(cells: string[], n: number, text: string): number {
  if (n < cells.length) cells[n] = text;
  else cells.push(text);
  return n + 1;
}

/**
 * The string of each cell's bytes. A cell whose bytes were seen before (the names, units and statuses of every
 * row) is the string made then: no decoding, and the memos of `parseResults` compare and hash it once. A table of
 * slots by hash, each the last cell that fell in it (bytes compared, so a collision only costs a new string).
 */
class CellTexts {
  /** One kept alive, so V8 keeps the shape: docs/decisions.md, “Shapes kept alive”. */
  static readonly shape = new CellTexts(new Uint8Array(0), 0, 0);
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly texts: string[];
  /** A cell past `checkedEnd` failed the scan's check: the bytes are the general path's. */
  refused = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly checkedEnd: number,
    private readonly textStart: number,
  ) {
    // Figures stay out of the table, so it holds the names, units and words of a sheet: a few thousand at most.
    // Small for a small file (allocating it is a cost of its own), and young: a table in the large-object space
    // would make every collection visit each of its slots.
    let slots = 512;
    while (slots < 8192 && slots * 256 < bytes.length) slots *= 2;
    this.mask = slots - 1;
    this.starts = new Int32Array(slots).fill(-1);
    this.ends = new Int32Array(slots);
    this.texts = new Array<string>(slots);
  }

  get(start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    const bytes = this.bytes;
    // A figure (digits, `.` and `,`) is seldom written twice: made fresh, it leaves the table to the cells that are.
    let i = start;
    while (i < end && isFigureByte(bytes[i] as number)) i++;
    if (i === end) return utf8Text(bytes, start, end);
    // A hash of the length and six bytes, no pass over the cell: the bytes are compared on a hit anyway.
    const last = end - 1;
    let hash = Math.imul(length, 0x9e3779b1) ^ (bytes[start] as number);
    hash = Math.imul(hash, 0x01000193) ^ (bytes[last] as number);
    hash = Math.imul(hash, 0x01000193) ^ (bytes[start + (length >> 1)] as number);
    hash = Math.imul(hash, 0x01000193) ^ (bytes[start + (length >> 2)] as number);
    hash = Math.imul(hash, 0x01000193) ^ (bytes[last - (length >> 2)] as number);
    hash = Math.imul(hash, 0x01000193) ^ (bytes[last - (length >> 1)] as number);
    const slot = (hash ^ (hash >>> 16)) & this.mask;
    const seen = this.starts[slot] as number;
    if (seen >= 0 && (this.ends[slot] as number) - seen === length) {
      let k = 0;
      while (k < length && bytes[seen + k] === bytes[start + k]) k++;
      if (k === length) return this.texts[slot] as string;
    }
    // A distinct cell is checked once, where the scan did not: repeats are found above by their bytes.
    if (end > this.checkedEnd && !checkedCell(bytes, start, end, this.textStart)) {
      this.refused = true;
      return '';
    }
    const text = utf8Text(bytes, start, end);
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.texts[slot] = text;
    return text;
  }
}

/** A digit, `.` or `,`. */
function isFigureByte(b: number): boolean {
  return (b >= 48 && b <= 57) || b === 46 || b === 44;
}

/** Longest run of code units handed to `String.fromCharCode` at once. */
const CHUNK = 4096;
const codeUnits = new Uint16Array(CHUNK);
/**
 * Argument arrays for `String.fromCharCode`, one per length up to `SCRATCH`: a cell's string allocates nothing but
 * itself (an array grown and dropped for each cell was a tenth of what a parse allocated).
 */
const SCRATCH = 64;
const scratch: (number[] | undefined)[] = [];

/**
 * The string of UTF-8 bytes the scan accepted (no four-byte form, so one code unit per code point). A short
 * ASCII cell (most figures) is one `String.fromCharCode` call with the bytes as arguments.
 */
function utf8Text(b: Uint8Array, s: number, e: number): string {
  const length = e - s;
  if (length <= 6) {
    // Bytes past the cell are read as 0 and never used.
    const c0 = b[s] as number;
    const c1 = length > 1 ? (b[s + 1] as number) : 0;
    const c2 = length > 2 ? (b[s + 2] as number) : 0;
    const c3 = length > 3 ? (b[s + 3] as number) : 0;
    const c4 = length > 4 ? (b[s + 4] as number) : 0;
    const c5 = length > 5 ? (b[s + 5] as number) : 0;
    if ((c0 | c1 | c2 | c3 | c4 | c5) < 0x80) {
      if (length === 1) return String.fromCharCode(c0);
      if (length === 2) return String.fromCharCode(c0, c1);
      if (length === 3) return String.fromCharCode(c0, c1, c2);
      if (length === 4) return String.fromCharCode(c0, c1, c2, c3);
      return length === 5
        ? String.fromCharCode(c0, c1, c2, c3, c4)
        : String.fromCharCode(c0, c1, c2, c3, c4, c5);
    }
  }
  let out = '';
  let n = 0;
  for (let i = s; i < e; ) {
    const c = b[i] as number;
    if (c < 0x80) {
      codeUnits[n++] = c;
      i++;
    } else if (c < 0xe0) {
      codeUnits[n++] = ((c & 0x1f) << 6) | ((b[i + 1] as number) & 0x3f);
      i += 2;
    } else {
      codeUnits[n++] =
        ((c & 0x0f) << 12) | (((b[i + 1] as number) & 0x3f) << 6) | ((b[i + 2] as number) & 0x3f);
      i += 3;
    }
    if (n === CHUNK) {
      out += fromCodeUnits(n);
      n = 0;
    }
  }
  return out + fromCodeUnits(n);
}

/** The string of `codeUnits[0, n)`; up to `SCRATCH` units through an argument array kept for that length. */
function fromCodeUnits(n: number): string {
  let args = scratch[n];
  if (args === undefined) {
    args = new Array<number>(n).fill(0);
    if (n <= SCRATCH) scratch[n] = args;
  }
  for (let k = 0; k < n; k++) args[k] = codeUnits[k] as number;
  return String.fromCharCode.apply(null, args);
}
