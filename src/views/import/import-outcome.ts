import type { ResultColumns } from '../../data/columns/result-columns';
import type { DataIssue } from '../../data/issues';
import type { ResultsDiff } from '../../domain/imports/diff-results';
import type { StatusMismatch } from '../../domain/imports/status-mismatches';
import type { Indicator } from '../../domain/model';

/** Whether a parsed file may be applied. */
export type ImportVerdict = 'accepted' | 'refused';

/**
 * What a parsed file holds and would change, small enough to post from a worker at any file size: rows travel as
 * typed columns (transferable buffers), issues are capped, the diff keeps a few samples.
 */
export interface ImportOutcome {
  fileName: string;
  verdict: ImportVerdict;
  /** The sheet's year, else the newest year of its rows. */
  year?: number;
  years: number[];
  rowCount: number;
  indicatorCodes: string[];
  /** Units the rows name (organisation rows not counted). */
  unitIds: string[];
  newIndicators: Indicator[];
  reviewIndicators: string[];
  /** Blocking issues, in file order, capped (the first ones). */
  errors: DataIssue[];
  /** The other issues (warnings, skipped rows), in file order, capped. */
  warnings: DataIssue[];
  /** Blocking issues (all of them, listed or not). */
  errorCount: number;
  /** Other issues (all of them, listed or not). */
  warningCount: number;
  diff: ResultsDiff;
  /** Rows whose printed status differs from the computed one (the first ones), and how many in all. */
  mismatches: StatusMismatch[];
  mismatchCount: number;
  columns: ResultColumns;
}

/** Why a file was not read at all. */
export type ParseFailure = 'tooLarge' | 'timeout' | 'cancelled' | 'crashed';

export type ParseResult = { ok: true; outcome: ImportOutcome } | { ok: false; reason: ParseFailure };

/** Reads a file off the main thread; resolves, never rejects. */
export type ParseFile = (
  file: File,
  options: { onProgress: (done: number, total: number) => void; signal: AbortSignal },
) => Promise<ParseResult>;
