import Papa from 'papaparse';

const DELIMITERS = [';', ',', '\t'] as const;
export const SAMPLE_ROWS = 30;

/**
 * CSV text to rows of cells, as Excel would lay them out: one record per row (a quoted cell may span lines),
 * blank rows kept (so index + 1 is Excel's row number), a trailing newline not counted as a row. The delimiter is
 * the one of `;`, `,` and tab that splits the first rows most consistently (`;` first on a tie, the vi-VN default).
 * Pure and deterministic; no DOM, so it runs in a Web Worker. Never throws.
 */
export function parseCsvRows(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  if (text === '') return [];
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const rows = result.data;
  if (isBlankRow(rows[rows.length - 1])) rows.pop();
  return rows;
}

/**
 * What is read so far: `read` characters of `length`. Lets a caller estimate the rows still to come.
 */
export interface CsvProgress {
  read: number;
  length: number;
}

/**
 * The rows of `parseCsvRows(text)`, handed to `onRow` one at a time as papaparse splits them, with no array of all
 * rows kept: the cells of a row the caller does not keep die young, where 100 000 rows held at once would be copied
 * by every garbage collection on the way. `onRow` returns `false` to stop. Never throws (but `onRow` may).
 */
export function forEachCsvRow(
  text: string,
  onRow: (cells: string[], progress: CsvProgress) => boolean,
  delimiter: string = detectDelimiter(text),
): void {
  if (text === '') return;
  const progress: CsvProgress = { read: 0, length: text.length };
  const step = dropTrailingBlank(onRow);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    header: false,
    step: (result, parser) => {
      progress.read = result.meta.cursor;
      if (!step(result.data, progress)) parser.abort();
    },
  });
}

/**
 * `onRow` for rows as a splitter finds them, a blank row held back until the next row comes: the last one is the
 * trailing newline, not a row. Returns what `onRow` returned (true while a blank row is held). The held row is
 * handed over as a new `['']`: a splitter may refill its `cells` array.
 */
export function dropTrailingBlank(
  onRow: (cells: string[], progress: CsvProgress) => boolean,
): (cells: string[], progress: CsvProgress) => boolean {
  let heldBlank = false;
  return (cells, progress) => {
    if (heldBlank) {
      heldBlank = false;
      if (!onRow([''], progress)) return false;
    }
    if (!isBlankRow(cells)) return onRow(cells, progress);
    heldBlank = true;
    return true;
  };
}

function isBlankRow(cells: string[] | undefined): boolean {
  return cells !== undefined && cells.length === 1 && cells[0] === '';
}

/** The characters of the sample `detectDelimiter` reads, and the rows of it (papaparse's `preview`). */
export const SAMPLE_CHARS = 64 * 1024;

/** The delimiter whose most common column count (above 1) covers the most of the first 30 non-blank rows. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  return bestDelimiter((delimiter) =>
    Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: true }).data.map(
      (row) => row.length,
    ),
  );
}

/**
 * The choice of `detectDelimiter`, given the column counts each candidate gives the sample's rows (papaparse's
 * `preview: 30` lines, blank ones left out): shared with the quote-free byte reader, which counts them itself.
 */
export function bestDelimiter(widths: (delimiter: string) => readonly number[]): string {
  let best: string = DELIMITERS[0];
  let bestScore = -1;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const length of widths(delimiter)) if (length > 1) counts.set(length, (counts.get(length) ?? 0) + 1);
    let width = 0;
    let score = 0;
    for (const [length, count] of counts) {
      if (count > score || (count === score && length > width)) {
        score = count;
        width = length;
      }
    }
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      best = delimiter;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}
