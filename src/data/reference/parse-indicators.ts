import type { Direction, Indicator, TargetKind, ValueType } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  code: { required: true },
  name_vi: { required: true },
  name_en: {},
  aliases: {},
  group: { required: true },
  unit_vi: { required: true, blankOk: true },
  unit_en: {},
  value_type: { required: true },
  direction: { required: true },
  target_kind: { required: true },
  decimals: {},
  parent_code: {},
  allow_exceed: {},
  tolerance: {},
  definition_version: {},
  is_sample: {},
  source_id: {},
} as const;

export const VALUE_TYPES = ['number', 'percent', 'boolean'] as const satisfies readonly ValueType[];
export const DIRECTIONS = ['higher', 'lower', 'band', 'boolean'] as const satisfies readonly Direction[];
export const TARGET_KINDS = [
  'value',
  'min',
  'max',
  'band',
  'boolean',
  'vsBaseline',
  'composite',
] as const satisfies readonly TargetKind[];

/**
 * indicators.csv → the indicator catalogue. Enums are validated; `group` must be a manifest group, `source_id` a
 * source, `parent_code` another indicator (else `unknownReference`). `unit_vi` may be blank (boolean and composite
 * indicators have no unit). `decimals` defaults to 1 for percent, else 0.
 */
export function parseIndicators(
  rows: string[][],
  file: string,
  known: { groups?: ReadonlySet<string>; sourceIds?: ReadonlySet<string> } = {},
): Parsed<Indicator> {
  const t = new TableReader(rows, file, SPEC);
  const indicators: Indicator[] = [];
  const indicatorRows: number[] = [];
  const seen = new Map<string, number>();
  t.each((row) => {
    const code = t.required('code');
    const nameVi = t.required('name_vi');
    const group = t.reference('group', known.groups, 'groups (manifest.json)');
    const unitVi = t.text('unit_vi');
    const valueType = t.oneOf('value_type', VALUE_TYPES);
    const direction = t.oneOf('direction', DIRECTIONS);
    const targetKind = t.oneOf('target_kind', TARGET_KINDS);
    const decimals = t.number('decimals', { integer: true });
    const tolerance = t.number('tolerance');
    if (!t.rowOk || group === undefined || !valueType || !direction || !targetKind) return;
    const indicator: Indicator = {
      code,
      name: { vi: nameVi, en: t.optional('name_en') ?? nameVi },
      aliases: t.list('aliases'),
      group,
      unit: { vi: unitVi, en: t.optional('unit_en') ?? unitVi },
      valueType,
      direction,
      targetKind,
      decimals: decimals ?? (valueType === 'percent' ? 1 : 0),
      allowExceed: t.boolean('allow_exceed'),
      isSample: t.boolean('is_sample'),
    };
    const parentCode = t.optional('parent_code');
    if (parentCode !== undefined) indicator.parentCode = parentCode;
    if (tolerance !== undefined) indicator.tolerance = tolerance;
    const version = t.optional('definition_version');
    if (version !== undefined) indicator.definitionVersion = version;
    const sourceId = t.reference('source_id', known.sourceIds, 'sources.csv');
    if (sourceId !== undefined) indicator.sourceId = sourceId;
    if (t.unique('code', seen, code)) {
      indicators.push(indicator);
      indicatorRows.push(row);
    }
  });
  const codes = new Set(indicators.map((indicator) => indicator.code));
  indicators.forEach((indicator, i) => {
    if (indicator.parentCode === undefined || codes.has(indicator.parentCode)) return;
    t.reportAt(
      indicatorRows[i] ?? 0,
      'parent_code',
      'unknownReference',
      'warning',
      indicator.parentCode,
      file,
    );
    delete indicator.parentCode;
  });
  return { rows: indicators, issues: t.issues };
}
