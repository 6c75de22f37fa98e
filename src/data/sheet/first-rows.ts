/**
 * The Excel row where each (indicator, unit, year) of a sheet first appeared, so that a repeat is reported with it.
 * Units are small numbers given by the caller (1, 2, 3… in order of appearance); per indicator and year the rows
 * sit in an `Int32Array` indexed by unit: one array read per row, where a map keyed by (unit, year) cost a hash
 * look-up in a table of thousands of entries (cache misses) at 100 000 rows.
 */
export class FirstRows {
  private readonly byIndicator = new Map<string, Map<number, Int32Array>>();

  /** The row recorded first for the key, or 0 when none was: then `row` (1 or more) is recorded. */
  claim(indicator: string, unit: number, year: number, row: number): number {
    let years = this.byIndicator.get(indicator);
    if (years === undefined) {
      years = new Map();
      this.byIndicator.set(indicator, years);
    }
    let rows = years.get(year);
    if (rows === undefined || unit >= rows.length) {
      rows = grown(rows, unit);
      years.set(year, rows);
    }
    const first = rows[unit] ?? 0;
    if (first === 0) rows[unit] = row;
    return first;
  }
}

/** `rows` copied into an array long enough for `unit` (doubling, so growth costs little per unit). */
function grown(rows: Int32Array | undefined, unit: number): Int32Array {
  let length = rows === undefined ? 64 : rows.length;
  while (length <= unit) length *= 2;
  const next = new Int32Array(length);
  if (rows !== undefined) next.set(rows);
  return next;
}
