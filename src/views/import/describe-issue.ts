import type { DataIssue } from '../../data/issues';
import { describeIssueEn } from '../../i18n/issues-en';
import { describeIssueVi } from '../../i18n/issues-vi';
import type { Locale } from '../../i18n/locale';

/** An issue as one sentence in the reader's language: file, “dòng 9”, “cột E – Thực hiện năm 2024”, found, expected. */
export function describeIssue(issue: DataIssue, locale: Locale): string {
  return locale === 'en' ? describeIssueEn(issue) : describeIssueVi(issue);
}
