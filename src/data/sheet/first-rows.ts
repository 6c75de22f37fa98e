/**
 * The Excel row where each (indicator, unit, year) of a sheet first appeared, so that a repeat is reported with it.
 * Units are small numbers given by the caller (1, 2, 3… in order of appearance); per indicator and year the rows
 * sit in an `Int32Array` indexed by unit: one array read per row, where a map keyed by (unit, year) cost a hash
 * look-up in a table of thousands of entries (cache misses) at 100 000 rows. The year a sheet is about sits next
 * to its array (one map look-up a row, not two); other years of a `year` column go to a map.
 */
export class FirstRows {
  private readonly byIndicator = new Map<string, IndicatorRows>();

  /** The row recorded first for the key, or 0 when none was: then `row` (1 or more) is recorded. */
  claim(indicator: string, unit: number, year: number, row: number): number {
    let entry = this.byIndicator.get(indicator);
    if (entry === undefined) {
      entry = { year, rows: grown(undefined, unit), others: undefined };
      this.byIndicator.set(indicator, entry);
    }
    let rows: Int32Array;
    if (entry.year === year) {
      rows = entry.rows;
      if (unit >= rows.length) {
        rows = grown(rows, unit);
        entry.rows = rows;
      }
    } else {
      entry.others ??= new Map();
      const other = entry.others.get(year);
      rows = other === undefined || unit >= other.length ? grown(other, unit) : other;
      if (rows !== other) entry.others.set(year, rows);
    }
    const first = rows[unit] ?? 0;
    if (first === 0) rows[unit] = row;
    return first;
  }
}

interface IndicatorRows {
  /** The year of the indicator's first row, and its rows by unit. */
  year: number;
  rows: Int32Array;
  others: Map<number, Int32Array> | undefined;
}

/** `rows` copied into an array long enough for `unit` (doubling, so growth costs little per unit). */
function grown(rows: Int32Array | undefined, unit: number): Int32Array {
  let length = rows === undefined ? 64 : rows.length;
  while (length <= unit) length *= 2;
  const next = new Int32Array(length);
  if (rows !== undefined) next.set(rows);
  return next;
}
