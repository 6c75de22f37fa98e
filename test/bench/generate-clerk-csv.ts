import type { AdminUnit, Indicator } from '../../src/domain/model';

export interface ClerkFile {
  /** The sheet as a clerk's office types it: `;`-separated, vi-VN numbers, a title row, then the header. */
  text: string;
  /** Rows below the header. */
  rows: number;
  /** The synthetic communes the rows name (add them to the catalogue's units). */
  units: AdminUnit[];
}

/** A small deterministic generator (mulberry32), so every run parses the same bytes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Top-level indicators whose plan is one number (value, min or max): the bulk of a province's per-commune sheet. */
export function numericIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter(
    (i) =>
      i.parentCode === undefined &&
      (i.targetKind === 'value' || i.targetKind === 'min' || i.targetKind === 'max'),
  );
}

export function syntheticUnit(index: number): AdminUnit {
  const number = String(index + 1).padStart(5, '0');
  return {
    id: `bench-xa-${number}`,
    name: `Xã Thử Nghiệm ${number}`,
    aliases: [],
    type: 'xa',
    successorIds: [],
    isSample: true,
  };
}

/**
 * A province-scale per-commune results sheet for `year` with exactly `rows` valid rows: each synthetic commune
 * reports every numeric indicator once (so no row repeats an indicator, unit and year). Every row is valid for a
 * catalogue holding `indicators` and the returned units: parsing it must yield `rows` results and no error.
 */
export function generateClerkCsv(
  indicators: readonly Indicator[],
  rows: number,
  year = 2022,
  seed = 2022,
): ClerkFile {
  const chosen = numericIndicators(indicators);
  if (chosen.length === 0)
    throw new Error('generateClerkCsv: no numeric top-level indicator in the catalogue');
  const rand = random(seed);
  const vi1 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const vi0 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
  const units: AdminUnit[] = [];
  const lines = [
    `SỐ LIỆU THEO XÃ NĂM ${year} (dữ liệu minh họa, sinh cho phép đo);;;;;;;`,
    `Mã chỉ tiêu;Chỉ tiêu;Đơn vị;Đơn vị tính;Kế hoạch năm ${year};Thực hiện năm ${year};Đánh giá;Minh họa`,
  ];
  for (let i = 0; i < rows; i++) {
    const indicator = chosen[i % chosen.length] as Indicator;
    const unitIndex = Math.floor(i / chosen.length);
    if (unitIndex === units.length) units.push(syntheticUnit(unitIndex));
    const unit = units[unitIndex] as AdminUnit;
    const percent = indicator.valueType === 'percent';
    const plan = percent ? 20 + rand() * 75 : Math.round(50 + rand() * 20_000);
    const actual = plan * (0.85 + rand() * 0.3);
    const format = percent ? vi1 : vi0;
    const planText =
      indicator.targetKind === 'min'
        ? `≥ ${format.format(plan)}`
        : indicator.targetKind === 'max'
          ? `dưới ${format.format(plan)}`
          : format.format(plan);
    const passing = indicator.direction === 'lower' ? actual <= plan : actual >= plan;
    const status = rand() < 0.5 ? '' : passing ? 'Vượt' : 'Không đạt';
    lines.push(
      `${indicator.code};${indicator.name.vi};${unit.name};${indicator.unit.vi};${planText};${format.format(actual)};${status};x`,
    );
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows, units };
}

/**
 * `data/units.csv` with the generated communes appended, in that file's own line ending: LF lines appended to the
 * CRLF file were read as one row, and every synthetic commune was unknown (docs/performance.md, “A bench bug”).
 */
export function withSyntheticUnits(unitsCsv: string, units: readonly AdminUnit[]): string {
  const eol = unitsCsv.includes('\r\n') ? '\r\n' : '\n';
  const extra = units.map((u) => `${u.id},,${u.name},,xa,huyen-mu-cang-chai,,,,true`).join(eol);
  return `${unitsCsv.trimEnd()}${eol}${extra}${eol}`;
}
