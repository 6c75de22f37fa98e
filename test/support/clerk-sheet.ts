import fc from 'fast-check';
import type { AdminUnit } from '../../src/domain/model';

/** Enough communes for a sheet longer than the rows `parseCsvResults` holds before it streams (4096). */
export const communes: AdminUnit[] = Array.from({ length: 900 }, (_, i) => ({
  id: `xa-${i + 1}`,
  name: `Xã Số ${i + 1}`,
  aliases: [],
  type: 'xa',
  successorIds: [],
  isSample: true,
}));

const HEADER = 'TT;Chỉ tiêu;Xã;ĐVT;Kế hoạch năm 2022;Thực hiện năm 2022;Đánh giá';
const NAMES = [
  'Sản lượng lương thực có hạt',
  'Diện tích trồng rừng mới',
  'Tỷ lệ hộ nghèo',
  'Chỉ số giá tiêu dùng',
  'Chỉ tiêu mới của xã',
];
const PLANS = ['24.500', '≥ 450', 'dưới 45', '6,6-6,8', '1.000', 'khoảng 4'];
const ACTUALS = ['25.312', '512', '43,18', '6,7', '-', 'hoàn thành'];
const STATUSES = ['Vượt', '', 'Đạt', 'Không đạt'];

/** A long clerk sheet's lines (title, header, rows): every row valid, each (indicator, commune) once, `;`-separated. */
export function longSheet(rows: number): string[] {
  const lines = ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NĂM 2022;;;;;;', HEADER];
  for (let i = 0; i < rows; i++) {
    const name = NAMES[i % NAMES.length];
    const commune = communes[Math.floor(i / NAMES.length)]?.name;
    const plan = PLANS[(i * 7) % PLANS.length];
    const actual = ACTUALS[(i * 3) % ACTUALS.length];
    lines.push(`${i + 1};${name};${commune};ha;${plan};${actual};${STATUSES[i % STATUSES.length]}`);
  }
  return lines;
}

/** Cells a clerk (or a fuzzer) may type: random text, sections, “Trong đó:”, notes, numbers either way, units. */
export const clerkCell = (...more: string[]) =>
  fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      '',
      '-',
      'I',
      'II. XÃ HỘI',
      'Trong đó:',
      'Ghi chú:',
      '1.234',
      '1,234.5',
      'x',
      'Xã Số 1',
      ...more,
    ),
  );
