import { describe, expect, it } from 'vitest';
import { columnLetter } from './column-letter';

describe('columnLetter(index)', () => {
  it('names columns as Excel does on both sides of each rollover', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
  });
  it('gives an empty name for a negative index', () => {
    expect(columnLetter(-1)).toBe('');
  });
});
