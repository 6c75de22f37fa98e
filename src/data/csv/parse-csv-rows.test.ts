import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, forEachCsvRow, parseCsvRows } from './parse-csv-rows';

describe('parseCsvRows(text)', () => {
  it('splits a vi-VN file on semicolons, leaving decimal commas inside cells', () => {
    expect(parseCsvRows('Chỉ tiêu;Kế hoạch;Thực hiện\r\nTrồng rừng;1.234,5;1.300,2\r\n')).toEqual([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Trồng rừng', '1.234,5', '1.300,2'],
    ]);
  });
  it('splits on commas when commas are the consistent choice', () => {
    expect(parseCsvRows('a,b,c\n1,"2,5",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,5', '3'],
    ]);
  });
  it('splits on tabs', () => {
    expect(parseCsvRows('a\tb\n1,5\t2,5')).toEqual([
      ['a', 'b'],
      ['1,5', '2,5'],
    ]);
  });
  it('keeps blank rows so that an index + 1 is Excel’s row number', () => {
    expect(parseCsvRows('BÁO CÁO;;\n\nTT;Chỉ tiêu;KH\n')).toEqual([
      ['BÁO CÁO', '', ''],
      [''],
      ['TT', 'Chỉ tiêu', 'KH'],
    ]);
  });
  it('keeps a quoted line break inside one cell', () => {
    expect(parseCsvRows('a;b\n"Sản lượng\nlương thực";5')).toEqual([
      ['a', 'b'],
      ['Sản lượng\nlương thực', '5'],
    ]);
  });
  it('gives no rows for empty text', () => {
    expect(parseCsvRows('')).toEqual([]);
  });
});

describe('detectDelimiter(text)', () => {
  it('prefers the delimiter giving the same column count on most rows', () => {
    expect(detectDelimiter('TT;Chỉ tiêu;KH;TH\n1;Lúa;1,5;2,5\n2;Ngô;3,5;4,5')).toBe(';');
    expect(detectDelimiter('code,name,unit\nA,"x; y",ha\nB,z,ha')).toBe(',');
    expect(detectDelimiter('code\tname\nA\tx,y\nB\tz')).toBe('\t');
  });
  it('falls back to the semicolon for a single column', () => {
    expect(detectDelimiter('one\ntwo')).toBe(';');
  });
});

describe('forEachCsvRow(text, onRow)', () => {
  const collect = (text: string, delimiter?: string) => {
    const rows: string[][] = [];
    forEachCsvRow(text, (cells) => rows.push(cells) > 0, delimiter);
    return rows;
  };
  it('hands over the rows of parseCsvRows, one at a time', () => {
    expect(collect('BÁO CÁO;;\n\nTT;Chỉ tiêu;KH\n')).toEqual([
      ['BÁO CÁO', '', ''],
      [''],
      ['TT', 'Chỉ tiêu', 'KH'],
    ]);
    expect(collect('a;b\n"Sản lượng\nlương thực";5')).toEqual([
      ['a', 'b'],
      ['Sản lượng\nlương thực', '5'],
    ]);
    expect(collect('a;b\r\n\r\n\r\n')).toEqual([['a', 'b'], [''], ['']]);
    expect(collect('')).toEqual([]);
  });
  it('stops when onRow returns false', () => {
    const seen: string[][] = [];
    forEachCsvRow('a;b\nc;d\ne;f\n', (cells) => seen.push(cells) < 2);
    expect(seen).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('agrees with parseCsvRows on random text with delimiters, quotes and line breaks (numRuns: 300)', () => {
    const text = fc
      .array(
        fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(';', ',', '\t', '\n', '\r\n', '\r', '"', '')),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        expect(collect(input)).toEqual(parseCsvRows(input));
      }),
      { numRuns: 300 },
    );
  });
});
