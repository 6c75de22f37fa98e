import Papa from 'papaparse';

const DELIMITERS = [';', ',', '\t'] as const;
const SAMPLE_ROWS = 30;

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
  // A blank row is held back until the next row comes: the last one is the trailing newline, not a row.
  let blank: string[] | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    header: false,
    step: (result, parser) => {
      const cells = result.data;
      progress.read = result.meta.cursor;
      if (blank !== undefined) {
        const held = blank;
        blank = undefined;
        if (!onRow(held, progress)) return parser.abort();
      }
      if (isBlankRow(cells)) blank = cells;
      else if (!onRow(cells, progress)) parser.abort();
    },
  });
}

function isBlankRow(cells: string[] | undefined): boolean {
  return cells !== undefined && cells.length === 1 && cells[0] === '';
}

/** The delimiter whose most common column count (above 1) covers the most of the first 30 non-blank rows. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: string = DELIMITERS[0];
  let bestScore = -1;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
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
