import { describe, expect, it } from 'vitest';
import { type DataIssue, ISSUE_CODES } from '../../src/data/issues';
import { describeIssueEn } from '../../src/i18n/issues-en';
import { describeIssueVi } from '../../src/i18n/issues-vi';

const notANumber: DataIssue = {
  file: 'results-2024.csv',
  row: 9,
  column: { index: 4, letter: 'E', header: 'Thực hiện năm 2024' },
  code: 'notANumber',
  severity: 'warning',
  raw: 'abc',
};

describe('describeIssueVi(issue) and describeIssueEn(issue)', () => {
  it('name the file, the Excel row and the column, then what was found and expected', () => {
    expect(describeIssueVi(notANumber)).toBe(
      'Tệp results-2024.csv, dòng 9, cột E – Thực hiện năm 2024: “abc” không phải là số; cần một số như 1.234,5.',
    );
    expect(describeIssueEn(notANumber)).toBe(
      'File results-2024.csv, row 9, column E – Thực hiện năm 2024: “abc” is not a number; expected a number such as 1.234,5.',
    );
  });
  it('leave out the row and column of a whole-file issue', () => {
    const issue: DataIssue = { file: 'units.csv', code: 'emptyFile', severity: 'error' };
    expect(describeIssueVi(issue)).toBe('Tệp units.csv: tệp rỗng, không có dữ liệu.');
    expect(describeIssueEn(issue)).toBe('File units.csv: the file is empty.');
  });
  it('have a different, non-empty sentence for every code in both languages', () => {
    for (const code of ISSUE_CODES) {
      const issue: DataIssue = {
        file: 'f.csv',
        row: 2,
        code,
        severity: 'error',
        raw: 'x',
        expected: 'y',
        detail: '1',
      };
      const vi = describeIssueVi(issue);
      const en = describeIssueEn(issue);
      expect(vi.length, code).toBeGreaterThan('Tệp f.csv, dòng 2: '.length + 5);
      expect(en.length, code).toBeGreaterThan('File f.csv, row 2: '.length + 5);
      expect(vi, code).not.toBe(en);
      expect(vi).not.toContain('undefined');
      expect(en).not.toContain('undefined');
    }
  });
  it('shorten a very long cell in the sentence', () => {
    const issue: DataIssue = { file: 'f.csv', code: 'notANumber', severity: 'warning', raw: 'a'.repeat(500) };
    expect(describeIssueVi(issue).length).toBeLessThan(200);
  });
});
