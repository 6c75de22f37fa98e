import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../data/issues';
import { importVerdict, isBlocking } from './import-verdict';

const issue = (code: DataIssue['code'], severity: DataIssue['severity']): DataIssue => ({
  file: 'a.csv',
  row: 9,
  code,
  severity,
});

describe('importVerdict(issues, rowCount)', () => {
  it('accepts rows with warnings only', () => {
    expect(importVerdict([issue('statusMismatch', 'warning'), issue('directionUnknown', 'warning')], 3)).toBe(
      'accepted',
    );
    expect(importVerdict([], 1)).toBe('accepted');
  });
  it('refuses a file with one unreadable cell, however many good rows it has', () => {
    expect(importVerdict([issue('badActual', 'error')], 500)).toBe('refused');
  });
  it('refuses a file without rows even with no issue', () => {
    expect(importVerdict([], 0)).toBe('refused');
  });
  it('lets an unknown unit through as a skipped row; other errors block, warnings never do', () => {
    expect(isBlocking(issue('unknownUnit', 'error'))).toBe(false);
    expect(isBlocking(issue('duplicateRow', 'error'))).toBe(true);
    expect(isBlocking(issue('badPlan', 'warning'))).toBe(false);
    expect(importVerdict([issue('unknownUnit', 'error')], 2)).toBe('accepted');
  });
});
