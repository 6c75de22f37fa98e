/**
 * Every way a file or a cell can be wrong, as values (style.md, “How errors flow”).
 * src/data never throws on bad input: it returns the good rows plus these issues; src/i18n turns them into words.
 */

export type Severity = 'error' | 'warning';

/** Every issue code, in a stable order (tests and message tables iterate it). */
export const ISSUE_CODES = [
  'missingColumn',
  'noHeader',
  'notANumber',
  'ambiguousNumber',
  'badPlan',
  'badActual',
  'badDate',
  'badYear',
  'noYear',
  'unknownIndicator',
  'unknownUnit',
  'unknownGroup',
  'duplicateRow',
  'duplicateId',
  'statusMismatch',
  'directionUnknown',
  'missingValue',
  'badEnum',
  'badBoolean',
  'emptyFile',
  'encoding',
  'legacyFont',
  'tooLarge',
  'notCsv',
  'unreadable',
  'missingFile',
  'badManifest',
  'unknownReference',
  'aborted',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export interface IssueColumn {
  /** 0-based. */
  index: number;
  /** As Excel names it: A, B, …, Z, AA. */
  letter: string;
  /** The header as the file wrote it, when there is one. */
  header?: string;
}

export interface DataIssue {
  file: string;
  /** As Excel numbers it: 1-based, counting title rows and blank rows above. Absent for a whole-file issue. */
  row?: number;
  column?: IssueColumn;
  code: IssueCode;
  severity: Severity;
  /** The cell (or value) as found. */
  raw?: string;
  /** What would have been accepted, in the file's own terms (header names, enum values, a number form). */
  expected?: string;
  /** Extra machine-made context: a first row number, a reference id, an error path. Not translated. */
  detail?: string;
}

/** Good rows survive next to the issues of the bad ones. */
export interface Parsed<Row> {
  rows: Row[];
  issues: DataIssue[];
}

export type Cell<T> = { ok: true; value: T } | { ok: false; code: IssueCode };

/** The issue for a file that could not be read at all: the error's message, cut to 200 characters. */
export function unreadableIssue(file: string, error: unknown): DataIssue {
  return { file, code: 'unreadable', severity: 'error', detail: String(error).slice(0, 200) };
}
