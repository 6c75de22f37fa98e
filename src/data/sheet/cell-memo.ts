/** Memo tables stop growing here, so a sheet of unique cells costs no more memory than the sheet. */
export const MEMO_LIMIT = 50_000;

/**
 * A pure reading of a cell's text, computed once per distinct text of one sheet: names, codes, units, statuses and
 * plans repeat across thousands of rows. The value is shared between the rows that wrote the same text, so it must
 * never be mutated. Past `limit` distinct texts, new ones are computed every time (memory stays bounded).
 */
export class CellMemo<Value> {
  private readonly values = new Map<string, Value>();
  /** The text read last and its value: a column often repeats the cell above (a commune's block of rows). */
  private lastRaw: string | undefined;
  private lastValue: Value | undefined;

  constructor(
    private readonly read: (raw: string) => Value,
    private readonly limit = MEMO_LIMIT,
  ) {}

  get(raw: string): Value {
    // Comparing with the last text is cheaper than hashing it (each row's cells are new strings).
    if (raw === this.lastRaw) return this.lastValue as Value;
    let value = this.values.get(raw);
    if (value === undefined) {
      value = this.read(raw);
      if (this.values.size < this.limit) this.values.set(raw, value);
    }
    this.lastRaw = raw;
    this.lastValue = value;
    return value;
  }
}
