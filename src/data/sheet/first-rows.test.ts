import { describe, expect, it } from 'vitest';
import { FirstRows } from './first-rows';

describe('FirstRows.claim(indicator, unit, year, row)', () => {
  it('gives 0 for a new key and records the row; a repeat gets the first row back', () => {
    const rows = new FirstRows();
    expect(rows.claim('LUA', 3, 2022, 7)).toBe(0);
    expect(rows.claim('LUA', 3, 2022, 9)).toBe(7);
    expect(rows.claim('LUA', 3, 2022, 12)).toBe(7);
  });
  it('tells keys apart by indicator, unit and year, the no-unit 0 included', () => {
    const rows = new FirstRows();
    expect(rows.claim('LUA', 0, 2022, 5)).toBe(0);
    expect(rows.claim('LUA', 1, 2022, 6)).toBe(0);
    expect(rows.claim('LUA', 0, 2023, 7)).toBe(0);
    expect(rows.claim('NGO', 0, 2022, 8)).toBe(0);
    expect(rows.claim('LUA', 0, 2022, 9)).toBe(5);
  });
  it('keeps what it recorded when the units outgrow its arrays', () => {
    const rows = new FirstRows();
    for (let unit = 0; unit < 1000; unit++) expect(rows.claim('LUA', unit, 2022, unit + 1)).toBe(0);
    for (let unit = 0; unit < 1000; unit++) expect(rows.claim('LUA', unit, 2022, 5000)).toBe(unit + 1);
  });
});
