import type { Dataset } from '../domain/model';
import { forEachUtf8CsvRow, scanUtf8Csv } from './csv/read-utf8-csv';
import { MAX_DROPPED_BYTES } from './dropped-file-limit';
import { type DataIssue, unreadableIssue } from './issues';
import {
  emptyParse,
  parseCsvResults,
  parseResults,
  type ResultsContext,
  type ResultsParse,
  readCsvResults,
} from './parse-results';
import { decodeBytes } from './text/decode-bytes';

export { MAX_DROPPED_BYTES };

const empty = (issues: DataIssue[]): ResultsParse => {
  const out = emptyParse();
  for (const issue of issues) out.issues.push(issue);
  return out;
};

/** What a dropped file is, by its first bytes (the extension can lie): a zip (xlsx), an OLE file (xls), or text. */
export function sniffFormat(bytes: Uint8Array): 'xlsx' | 'xls' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'text';
}

/**
 * A results sheet a clerk dropped on the dashboard (CSV in any of the encodings `decodeBytes` knows, or an Excel
 * workbook, told apart by magic bytes) → a `ResultsParse` against the dataset's catalogue, units and groups.
 * The Excel reader is loaded on first use only. Never throws or rejects.
 */
export async function parseDroppedFile(
  name: string,
  bytes: Uint8Array,
  dataset: Pick<Dataset, 'indicators' | 'units' | 'groups'>,
  options: Pick<ResultsContext, 'onProgress' | 'signal'> = {},
): Promise<ResultsParse> {
  try {
    if (bytes.byteLength > MAX_DROPPED_BYTES) {
      return empty([
        {
          file: name,
          code: 'tooLarge',
          severity: 'error',
          raw: `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`,
          expected: `${MAX_DROPPED_BYTES / 1024 / 1024} MB`,
        },
      ]);
    }
    if (bytes.byteLength === 0) return empty([{ file: name, code: 'emptyFile', severity: 'error' }]);
    const context: ResultsContext = {
      file: name,
      indicators: dataset.indicators,
      units: dataset.units,
      groups: dataset.groups,
      ...options,
    };
    const format = sniffFormat(bytes);
    if (format !== 'text') {
      const { readXlsxRows } = await import('./xlsx/read-xlsx-rows');
      const read = await readXlsxRows(bytes, name);
      if (read.issues.length > 0) return empty(read.issues);
      return parseResults(read.rows, context);
    }
    const utf8 = scanUtf8Csv(bytes);
    if (utf8 !== undefined) {
      let whole = true;
      const parsed = readCsvResults(
        (onRow) => {
          whole = forEachUtf8CsvRow(utf8, onRow);
        },
        context,
        true,
      );
      // A cell past the scan's check failed it (a quote, a combining mark…): the general path reads the file.
      if (whole) return parsed;
    }
    const decoded = decodeBytes(bytes, name);
    if (decoded.issues.some((issue) => issue.severity === 'error')) return empty(decoded.issues);
    const parsed = parseCsvResults(decoded.text, context);
    parsed.issues.unshift(...decoded.issues);
    return parsed;
  } catch (error) {
    return empty([unreadableIssue(name, error)]);
  }
}
