import type { AdminUnit } from '../model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** True when `unit` exists on `isoDate`: validFrom ≤ date < validTo, an absent end being open. */
export function isUnitValidAt(unit: AdminUnit, isoDate: string): boolean {
  const day = isoDay(isoDate);
  const from = unit.validFrom === undefined ? undefined : isoDay(unit.validFrom);
  const to = unit.validTo === undefined ? undefined : isoDay(unit.validTo);
  return (from === undefined || from <= day) && (to === undefined || day < to);
}

/**
 * The units that exist on `isoDate` (yyyy-mm-dd), in list order: validFrom ≤ date < validTo, open ends.
 * A unit whose validTo is 2025-07-01 no longer exists on that day. Throws on a malformed date (a programmer error).
 */
export function unitsAt(units: readonly AdminUnit[], isoDate: string): AdminUnit[] {
  return units.filter((unit) => isUnitValidAt(unit, isoDate));
}

function isoDay(date: string): string {
  if (!ISO_DATE.test(date)) throw new Error(`invalid isoDate: ${JSON.stringify(date)}`);
  return date.slice(0, 10);
}
