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
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
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
