import type { CsvCell } from '../../data/export/to-csv';
import type { LocalImport } from '../../domain/imports/merge-imports';
import type { Dataset, IndicatorResult, Status } from '../../domain/model';

/**
 * The columns of the import template, as the parser reads them (docs/data-format.md). The year goes into the plan
 * and actual headers, as on the province's forms.
 */
export function templateHeader(year: number): string[] {
  return [
    'TT',
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Đơn vị',
    'Đơn vị tính',
    `Kế hoạch năm ${year}`,
    `Thực hiện năm ${year}`,
    '% so KH',
    'Đánh giá',
    'Ngày số liệu',
    'Ghi chú',
  ];
}

/**
 * The blank template: a title row, the header and one example row (an indicator of the catalogue, the whole
 * organisation, a plan and an actual) that the clerk overwrites. Read back by the parser, it gives one clean row.
 */
export function templateRows(
  year: number,
  dataset: Pick<Dataset, 'organisation' | 'indicators'>,
): CsvCell[][] {
  const example = dataset.indicators.find((i) => i.parentCode === undefined && i.targetKind === 'value');
  return [
    [`${dataset.organisation.shortName.vi.toUpperCase()} – KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`],
    templateHeader(year),
    [
      1,
      example?.code ?? 'KT01',
      example?.name.vi ?? 'Tên chỉ tiêu',
      '',
      example?.unit.vi ?? '',
      100,
      105.5,
      '',
      'Vượt',
      `31/12/${year}`,
      'Dòng ví dụ: thay bằng số liệu thật, mỗi chỉ tiêu một dòng',
    ],
  ];
}

const STATUS_WORDS: Record<Status, string> = {
  exceeded: 'Vượt',
  met: 'Đạt',
  basicallyMet: 'Cơ bản đạt',
  notMet: 'Không đạt',
  noData: 'Chưa có số liệu',
};

function isoToVi(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
}

/**
 * Applied imports back as a sheet in the template's layout (so it can be imported again): one header per year,
 * numbers as numbers, text as the file wrote it. Names come from the catalogue of `dataset` (imported new
 * indicators included), units by name.
 */
export function localImportRows(imports: readonly LocalImport[], dataset: Dataset): CsvCell[][] {
  const names = new Map(dataset.indicators.map((i) => [i.code, i.name.vi]));
  for (const local of imports) for (const i of local.newIndicators) names.set(i.code, i.name.vi);
  const units = new Map(dataset.units.map((u) => [u.id, u.name]));
  const byYear = new Map<number, IndicatorResult[]>();
  for (const local of imports) {
    for (const r of local.results) {
      const list = byYear.get(r.year) ?? [];
      if (list.length === 0) byYear.set(r.year, list);
      list.push(r);
    }
  }
  const rows: CsvCell[][] = [];
  for (const [year, results] of [...byYear].sort((a, b) => a[0] - b[0])) {
    rows.push(templateHeader(year));
    results.forEach((r, i) => {
      rows.push([
        i + 1,
        r.indicatorCode,
        names.get(r.indicatorCode) ?? r.indicatorCode,
        r.unitId === undefined ? '' : (units.get(r.unitId) ?? r.unitId),
        r.unitText ?? '',
        r.plan?.kind === 'value' ? r.plan.value : r.planText,
        r.actual.value ?? r.actual.text,
        r.reportedPercent,
        r.reportedStatus === undefined ? '' : STATUS_WORDS[r.reportedStatus],
        isoToVi(r.asOf),
        '',
      ]);
    });
  }
  return rows;
}
