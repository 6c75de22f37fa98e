/** Data issues as English sentences, typed against the Vietnamese source (`issues-vi.ts`). */
import type { DataIssue } from '../data/issues';
import { type IssueMessages, quoteRaw } from './issues-vi';

const q = (issue: DataIssue) => quoteRaw(issue.raw);

export const issueMessagesEn: IssueMessages = {
  missingColumn: (i) => `a required column is missing; expected a column headed like: ${i.expected ?? ''}.`,
  noHeader: () =>
    'no header row was found in the first 30 rows; expected a row with columns such as “Chỉ tiêu” (indicator), “Kế hoạch” (plan), “Thực hiện” (actual).',
  notANumber: (i) => `${q(i)} is not a number; expected a number such as 1.234,5.`,
  ambiguousNumber: (i) =>
    `${q(i)} can be read two ways (thousands or decimals) because this column writes numbers both the Vietnamese and the English way; write them one way, e.g. 1.234,5.`,
  badPlan: (i) =>
    `the plan ${q(i)} could not be read; expected a number (7,5), “≥ 30”, “dưới 4”, “6,6-6,8”, “khoảng 4”, “hoàn thành” or “giảm so với năm trước”. The row was skipped.`,
  badActual: (i) =>
    `the actual ${q(i)} could not be read; expected a number, “hoàn thành”/“không hoàn thành”, or blank/“-” for no data. The row was skipped.`,
  badDate: (i) => `${q(i)} is not a date; expected 21/02/2023, 2023-02-21 or “ngày 21 tháng 02 năm 2023”.`,
  badYear: (i) => `${q(i)} is not a year; expected a year such as 2022.`,
  noYear: () =>
    'the year of the data could not be found; put it in a column header (“Kế hoạch năm 2022”), the table title, the file name (results-2022.csv) or a “Năm” column.',
  unknownIndicator: (i) =>
    i.severity === 'error'
      ? `the indicator ${q(i)} is not in the indicator catalogue; the row was skipped.`
      : `the indicator ${q(i)} is not in the indicator catalogue; it was added provisionally as a new indicator and needs review.`,
  unknownUnit: (i) => `the unit ${q(i)} is not in the list of administrative units; the row was skipped.`,
  unknownGroup: (i) =>
    `the section ${q(i)} matches no indicator group; the indicators below keep their catalogue group.`,
  duplicateRow: (i) =>
    `the indicator ${q(i)} already appears for the same unit and year in row ${i.detail ?? '?'}; this later row was skipped.`,
  duplicateId: (i) => `the id ${q(i)} is already used in row ${i.detail ?? '?'}; this later row was skipped.`,
  statusMismatch: (i) =>
    `the printed status is ${q(i)} but the figures give “${i.expected ?? ''}”; the printed status is kept.`,
  directionUnknown: (i) =>
    `it is not known whether higher or lower is better for ${q(i)}; write “≥”/“≤” in the plan, fill the status column, or add the indicator to the catalogue.`,
  missingValue: () => 'a required cell is blank; the row was skipped.',
  badEnum: (i) => `${q(i)} is not an allowed value; expected one of: ${i.expected ?? ''}.`,
  badBoolean: (i) => `${q(i)} is not a yes/no value; expected true/false, x/blank or có/không.`,
  emptyFile: () => 'the file is empty.',
  encoding: () =>
    'the file is not UTF-8, so it was read as Windows-1258; check the Vietnamese diacritics, or save it again as “CSV UTF-8”.',
  legacyFont: (i) =>
    `the text seems typed in a TCVN3 or VNI font (e.g. ${q(i)}); convert it to Unicode (Unikey: conversion tool).`,
  tooLarge: (i) => `the file is too large (${i.raw ?? '?'}); the limit is ${i.expected ?? '?'}.`,
  notCsv: () => 'the file is not a readable CSV or Excel (.xlsx) table.',
  unreadable: (i) => `the file could not be read (${i.detail ?? 'unknown error'}).`,
  missingFile: () => 'this file was not found, although manifest.json names it.',
  badManifest: (i) =>
    `the value at “${i.detail ?? ''}” is invalid${i.raw === undefined ? '' : ` (${q(i)})`}; expected ${i.expected ?? 'the shape in docs/data-format.md'}.`,
  unknownReference: (i) => `${q(i)} is not in ${i.expected ?? 'the reference list'}.`,
  aborted: () => 'reading the file was stopped on request; the remaining rows were not read.',
};

/** “File results-2022.csv, row 9, column E – Thực hiện năm 2024: “abc” is not a number; expected …” */
export function describeIssueEn(issue: DataIssue): string {
  const column = issue.column
    ? `, column ${issue.column.letter}${issue.column.header ? ` – ${issue.column.header}` : ''}`
    : '';
  const row = issue.row === undefined ? '' : `, row ${issue.row}`;
  return `File ${issue.file}${row}${column}: ${issueMessagesEn[issue.code](issue)}`;
}
