import type { AdminUnit } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  id: { required: true },
  official_code: {},
  name: { required: true },
  aliases: {},
  type: { required: true },
  parent_id: {},
  valid_from: {},
  valid_to: {},
  successor_ids: {},
  is_sample: {},
} as const;

/**
 * units.csv → administrative units. `type` must be one of `unitTypes` (the manifest's codes) when given;
 * `parent_id` and `successor_ids` must name a unit of the file or `extraIds` (e.g. the organisation's unit),
 * else `unknownReference` (the reference is dropped, the unit kept). Repeated ids are `duplicateId` errors.
 */
export function parseUnits(
  rows: string[][],
  file: string,
  known: { unitTypes?: ReadonlySet<string>; extraIds?: ReadonlySet<string> } = {},
): Parsed<AdminUnit> {
  const t = new TableReader(rows, file, SPEC);
  const units: AdminUnit[] = [];
  const unitRows: number[] = [];
  const seen = new Map<string, number>();
  t.each((row) => {
    const id = t.required('id');
    const name = t.required('name');
    const type = t.reference('type', known.unitTypes, 'unitTypes (manifest.json)');
    const unit: AdminUnit = {
      id,
      name,
      aliases: t.list('aliases'),
      type: type ?? '',
      successorIds: t.list('successor_ids'),
      isSample: t.boolean('is_sample'),
    };
    const officialCode = t.optional('official_code');
    if (officialCode !== undefined) unit.officialCode = officialCode;
    const parentId = t.optional('parent_id');
    if (parentId !== undefined) unit.parentId = parentId;
    const validFrom = t.date('valid_from');
    if (validFrom !== undefined) unit.validFrom = validFrom;
    const validTo = t.date('valid_to');
    if (validTo !== undefined) unit.validTo = validTo;
    if (t.rowOk && t.unique('id', seen, id)) {
      units.push(unit);
      unitRows.push(row);
    }
  });
  const ids = new Set([...units.map((unit) => unit.id), ...(known.extraIds ?? [])]);
  units.forEach((unit, i) => {
    const row = unitRows[i] ?? 0;
    if (unit.parentId !== undefined && !ids.has(unit.parentId)) {
      t.reportAt(row, 'parent_id', 'unknownReference', 'warning', unit.parentId, file);
      delete unit.parentId;
    }
    unit.successorIds = unit.successorIds.filter((id) => {
      if (ids.has(id)) return true;
      t.reportAt(row, 'successor_ids', 'unknownReference', 'warning', id, file);
      return false;
    });
  });
  return { rows: units, issues: t.issues };
}
