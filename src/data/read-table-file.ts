import { parseCsvRows } from './csv/parse-csv-rows';
import { type DataIssue, unreadableIssue } from './issues';
import { decodeBytes } from './text/decode-bytes';

/** Reads a file by path; `undefined` when it does not exist. May reject (network); callers here catch. */
export type ReadFile = (path: string) => Promise<Uint8Array | undefined>;

/**
 * One CSV file → its rows and the issues of reading it (`missingFile`, `unreadable`, `encoding`, `notCsv`…).
 * Never throws or rejects.
 */
export async function readTableFile(
  read: ReadFile,
  path: string,
): Promise<{ rows: string[][]; issues: DataIssue[] }> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await read(path);
  } catch (error) {
    return {
      rows: [],
      issues: [unreadableIssue(path, error)],
    };
  }
  if (bytes === undefined)
    return { rows: [], issues: [{ file: path, code: 'missingFile', severity: 'error' }] };
  const decoded = decodeBytes(bytes, path);
  if (decoded.issues.some((issue) => issue.severity === 'error')) return { rows: [], issues: decoded.issues };
  return { rows: parseCsvRows(decoded.text), issues: decoded.issues };
}
