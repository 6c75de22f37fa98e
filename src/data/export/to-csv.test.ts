import { describe, expect, it } from 'vitest';
import { BOM, csvNumber, csvOptionsFor, neutraliseCell, toCsv } from './to-csv';

const vi = csvOptionsFor('vi');
const en = csvOptionsFor('en');

describe('neutraliseCell(text)', () => {
  it('prefixes a quote to text starting with = + - @ tab or carriage return', () => {
    expect(neutraliseCell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutraliseCell('+1+1')).toBe("'+1+1");
    expect(neutraliseCell('-2+3')).toBe("'-2+3");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('\r=1')).toBe("'\r=1");
  });

  it('leaves other text alone, including a formula character further in', () => {
    expect(neutraliseCell('Tỷ lệ hộ nghèo')).toBe('Tỷ lệ hộ nghèo');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell('≥ 30')).toBe('≥ 30');
    expect(neutraliseCell('')).toBe('');
  });
});

describe('csvNumber(n, decimalMark)', () => {
  it('writes plain decimals with the chosen mark, no grouping, sign kept', () => {
    expect(csvNumber(1234.5, ',')).toBe('1234,5');
    expect(csvNumber(1234.5, '.')).toBe('1234.5');
    expect(csvNumber(-5.25, ',')).toBe('-5,25');
    expect(csvNumber(0.0000001, '.')).toBe('0.0000001');
    expect(csvNumber(Number.NaN, ',')).toBe('');
  });
});

describe('toCsv(rows, options)', () => {
  it('starts with a BOM, separates Vietnamese files with ; and ends lines with CRLF', () => {
    const csv = toCsv(
      [
        ['Chỉ tiêu', 'Thực hiện'],
        ['Tỷ lệ hộ nghèo', 6.12],
      ],
      vi,
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}Chỉ tiêu;Thực hiện\r\nTỷ lệ hộ nghèo;6,12\r\n`);
  });

  it('keeps negative numbers as numbers but neutralises hostile text in the same row', () => {
    expect(toCsv([[-3.5, '-3.5', '=1+1', undefined]], en)).toBe(`${BOM}-3.5,'-3.5,'=1+1,\r\n`);
  });

  it('quotes text holding the separator, a quote or a line break, doubling quotes', () => {
    expect(toCsv([['a;b', 'say "hi"', 'two\nlines', 'a,b']], vi)).toBe(
      `${BOM}"a;b";"say ""hi""";"two\nlines";a,b\r\n`,
    );
    expect(toCsv([['a,b']], en)).toBe(`${BOM}"a,b"\r\n`);
  });
});
