/**
 * Data issues (src/data/issues.ts) as Vietnamese sentences: where (file, row, column), what was found, what is
 * expected and what happened to the row. The source language; `issues-en.ts` is typed against `IssueMessages`,
 * so a code without words there (or here) does not compile.
 */
import type { DataIssue, IssueCode } from '../data/issues';

/** One sentence-maker per issue code. */
export type IssueMessages = Record<IssueCode, (issue: DataIssue) => string>;

const MAX_RAW = 80;

/** A found value, quoted and shortened for a message. */
export function quoteRaw(raw: string | undefined): string {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  return `“${text.length > MAX_RAW ? `${text.slice(0, MAX_RAW - 1)}…` : text}”`;
}

const q = (issue: DataIssue) => quoteRaw(issue.raw);

export const issueMessagesVi: IssueMessages = {
  missingColumn: (i) => `thiếu cột bắt buộc; cần một cột có tiêu đề như: ${i.expected ?? ''}.`,
  noHeader: () =>
    'không tìm thấy dòng tiêu đề trong 30 dòng đầu; cần một dòng có các cột như “Chỉ tiêu”, “Kế hoạch”, “Thực hiện”.',
  notANumber: (i) => `${q(i)} không phải là số; cần một số như 1.234,5.`,
  ambiguousNumber: (i) =>
    `${q(i)} có thể hiểu theo hai cách (nghìn hoặc thập phân) vì cột này viết số theo cả kiểu Việt Nam lẫn kiểu Anh; hãy viết thống nhất, ví dụ 1.234,5.`,
  badPlan: (i) =>
    `không đọc được kế hoạch ${q(i)}; cần một số (7,5), “≥ 30”, “dưới 4”, “6,6-6,8”, “khoảng 4”, “hoàn thành” hoặc “giảm so với năm trước”. Dòng này bị bỏ qua.`,
  badActual: (i) =>
    `không đọc được số thực hiện ${q(i)}; cần một số, “hoàn thành”/“không hoàn thành”, hoặc để trống/“-” khi chưa có số liệu. Dòng này bị bỏ qua.`,
  badDate: (i) =>
    `${q(i)} không phải là ngày; cần dạng 21/02/2023, 2023-02-21 hoặc “ngày 21 tháng 02 năm 2023”.`,
  badYear: (i) => `${q(i)} không phải là năm; cần một năm như 2022.`,
  noYear: () =>
    'không xác định được năm của số liệu; hãy ghi năm ở tiêu đề cột (“Kế hoạch năm 2022”), ở tên bảng, trong tên tệp (results-2022.csv) hoặc thêm cột “Năm”.',
  unknownIndicator: (i) =>
    i.severity === 'error'
      ? `chỉ tiêu ${q(i)} không có trong danh mục chỉ tiêu; dòng này bị bỏ qua.`
      : `chỉ tiêu ${q(i)} chưa có trong danh mục chỉ tiêu; đã tạm thêm như một chỉ tiêu mới, cần kiểm tra lại.`,
  unknownUnit: (i) => `đơn vị ${q(i)} không có trong danh sách đơn vị hành chính; dòng này bị bỏ qua.`,
  unknownGroup: (i) =>
    `mục ${q(i)} không khớp với nhóm chỉ tiêu nào; các chỉ tiêu bên dưới giữ nhóm của danh mục.`,
  duplicateRow: (i) =>
    `chỉ tiêu ${q(i)} đã có cho cùng đơn vị và cùng năm ở dòng ${i.detail ?? '?'}; dòng sau bị bỏ qua.`,
  duplicateId: (i) => `mã ${q(i)} đã dùng ở dòng ${i.detail ?? '?'}; dòng sau bị bỏ qua.`,
  statusMismatch: (i) =>
    `đánh giá ghi ${q(i)} nhưng theo số liệu là “${i.expected ?? ''}”; giữ nguyên đánh giá đã ghi.`,
  directionUnknown: (i) =>
    `chưa rõ chỉ tiêu ${q(i)} càng cao càng tốt hay càng thấp càng tốt; hãy ghi “≥”/“≤” trong kế hoạch, cột Đánh giá, hoặc thêm chỉ tiêu vào danh mục.`,
  missingValue: () => 'ô bắt buộc đang để trống; dòng này bị bỏ qua.',
  badEnum: (i) => `${q(i)} không phải là giá trị hợp lệ; cần một trong: ${i.expected ?? ''}.`,
  badBoolean: (i) => `${q(i)} không phải là có/không; cần true/false, x/để trống hoặc có/không.`,
  emptyFile: () => 'tệp rỗng, không có dữ liệu.',
  encoding: () =>
    'tệp không phải UTF-8 nên đã được đọc theo bảng mã Windows-1258; hãy kiểm tra dấu tiếng Việt, hoặc lưu lại dưới dạng “CSV UTF-8”.',
  legacyFont: (i) =>
    `văn bản có vẻ được gõ bằng phông TCVN3 hoặc VNI (ví dụ ${q(i)}); hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã).`,
  tooLarge: (i) => `tệp quá lớn (${i.raw ?? '?'}); giới hạn là ${i.expected ?? '?'}.`,
  notCsv: () => 'tệp không phải là bảng CSV hay Excel (.xlsx) đọc được.',
  unreadable: (i) => `không đọc được tệp (${i.detail ?? 'lỗi không rõ'}).`,
  missingFile: () => 'không tìm thấy tệp này, dù manifest.json có nêu.',
  badManifest: (i) =>
    `giá trị ở “${i.detail ?? ''}” không hợp lệ${i.raw === undefined ? '' : ` (${q(i)})`}; cần ${i.expected ?? 'đúng cấu trúc trong docs/data-format.md'}.`,
  unknownReference: (i) => `${q(i)} không có trong ${i.expected ?? 'danh mục'}.`,
  aborted: () => 'đã dừng đọc tệp theo yêu cầu; các dòng sau chưa được đọc.',
};

/** “Tệp results-2022.csv, dòng 9, cột E – Thực hiện năm 2024: “abc” không phải là số; cần một số như 1.234,5.” */
export function describeIssueVi(issue: DataIssue): string {
  const column = issue.column
    ? `, cột ${issue.column.letter}${issue.column.header ? ` – ${issue.column.header}` : ''}`
    : '';
  const row = issue.row === undefined ? '' : `, dòng ${issue.row}`;
  return `Tệp ${issue.file}${row}${column}: ${issueMessagesVi[issue.code](issue)}`;
}
