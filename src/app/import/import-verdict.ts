import type { DataIssue } from '../../data/issues';
import type { ImportVerdict } from '../../views/import/import-outcome';

/**
 * Issues the parser marks as errors but that drop one row only and say so (“dòng này bị bỏ qua”) without making
 * the rest of the file doubtful: a unit the list does not know. They are shown with the warnings.
 */
const ROW_SKIPS: ReadonlySet<DataIssue['code']> = new Set(['unknownUnit']);

/** Whether an issue stops the file from being applied. */
export function isBlocking(issue: DataIssue): boolean {
  return issue.severity === 'error' && !ROW_SKIPS.has(issue.code);
}

/**
 * A file is refused when any issue blocks (a cell that cannot be read, a missing column, no header, no year, a
 * repeated row, a cancelled read…) or when it holds no row at all; otherwise it may be applied.
 */
export function importVerdict(issues: readonly DataIssue[], rowCount: number): ImportVerdict {
  return rowCount === 0 || issues.some(isBlocking) ? 'refused' : 'accepted';
}
