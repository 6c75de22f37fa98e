import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../text/decode-bytes';
import { detectDelimiter, forEachCsvRow } from './parse-csv-rows';
import { forEachUtf8CsvRow, scanUtf8Csv } from './read-utf8-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The fast path's rows, or undefined when the scan or the splitter refuses the bytes. */
function fastRows(bytes: Uint8Array): string[][] | undefined {
  const csv = scanUtf8Csv(bytes);
  if (csv === undefined) return undefined;
  const rows: string[][] = [];
  return forEachUtf8CsvRow(csv, (cells) => rows.push([...cells]) > 0) ? rows : undefined;
}

/** The general path: `decodeBytes`, then papaparse with `detectDelimiter`'s choice. */
function generalRows(bytes: Uint8Array): string[][] {
  const rows: string[][] = [];
  forEachCsvRow(decodeBytes(bytes).text, (cells) => rows.push(cells) > 0);
  return rows;
}

/** When the fast path takes the bytes, everything the general path gives is the same: rows, delimiter, no issue. */
function expectSameAsGeneral(bytes: Uint8Array): boolean {
  const csv = scanUtf8Csv(bytes);
  if (csv === undefined || fastRows(bytes) === undefined) return false;
  const decoded = decodeBytes(bytes);
  expect(decoded.issues).toEqual([]);
  expect(String.fromCharCode(csv.delimiter)).toBe(detectDelimiter(decoded.text));
  expect(fastRows(bytes)).toEqual(generalRows(bytes));
  return true;
}

/** Pieces of clerk text, and of everything that must send a file to the general path. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(';', ',', '\t', '\n', '\r\n', '\r', ' ', '') },
  {
    weight: 6,
    arbitrary: fc.constantFrom('Chỉ tiêu', 'Xã Thử', 'Vượt', '1.234,5', '≥ 30', 'dưới 4', 'đạt', '–', 'x'),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  {
    weight: 2,
    // A quote, controls, combining marks, a BOM, legacy-font signs and capitals, a four-byte character.
    arbitrary: fc.constantFrom(
      '"',
      '\u0001',
      '\u0000',
      'a\u0301',
      '\ufeff',
      '¸',
      'tÕt',
      'ÕNG',
      'đÔ',
      'Ôa',
      '😀',
    ),
  },
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('scanUtf8Csv / forEachUtf8CsvRow: the same rows as decodeBytes + forEachCsvRow', () => {
  it('on random text, with or without a BOM (numRuns: 2000)', () => {
    let fast = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (input, bom) => {
        const bytes = utf8(bom ? `\ufeff${input}` : input);
        if (expectSameAsGeneral(bytes)) fast++;
      }),
      { numRuns: 2000 },
    );
    expect(fast).toBeGreaterThan(400); // the fast path was taken often enough to mean something
  });

  it('on random bytes and on clerk text with bytes changed (numRuns: 1500)', () => {
    const mutated = fc
      .tuple(text, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
      .map(([input, edits]) => {
        const bytes = utf8(input);
        for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.uint8Array({ maxLength: 40 })), (bytes) => {
        expectSameAsGeneral(bytes);
      }),
      { numRuns: 1500 },
    );
  });

  it('past the 64 K sample of the delimiter and the 1 M characters of the line-break guess', () => {
    const line = (n: number, sep: string) => `${`Tỉ lệ;${'ạ'.repeat(n % 700)};`.repeat(3)}1,5${sep}`;
    const long = (count: number, sep: (i: number) => string) =>
      Array.from({ length: count }, (_, i) => line(i * 37, sep(i))).join('');
    const cases = [
      long(40, () => '\r\n'),
      // The sample says CRLF, the first million characters say CR: each guess where it applies.
      long(60, () => '\r\n') + long(1400, () => '\r'),
      long(60, () => '\r') + long(1400, (i) => (i % 3 ? '\r\n' : '\r')),
      // A sample cut between CR and LF, and a first row longer than the sample.
      `${'a;'.repeat(32_767)}a\r\n${long(5, () => '\r\n')}`,
      `${'ạ,'.repeat(40_000)}\n${long(5, () => '\n')}`,
      // Thirty lines that end past the sample, on tabs.
      Array.from({ length: 40 }, (_, i) => `${'b'.repeat(3000 + i)}\t${i}`).join('\n'),
    ];
    for (const input of cases) expect(expectSameAsGeneral(utf8(input))).toBe(true);
  });

  it('leaves other files to the general path', () => {
    expect(scanUtf8Csv(utf8('a;"b"\n'))).toBeUndefined();
    expect(scanUtf8Csv(utf8('Hoa\u0300;1\n'))).toBeUndefined(); // NFC would change it
    expect(scanUtf8Csv(new Uint8Array([0x61, 0x3b, 0xe0, 0x0a]))).toBeUndefined(); // not UTF-8
    expect(scanUtf8Csv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBeUndefined(); // UTF-16
    expect(scanUtf8Csv(utf8('tÕt;1\n'))).toBeUndefined(); // a legacy font could be at work
    expect(scanUtf8Csv(new Uint8Array([0xef, 0xbb, 0xbf]))).toBeUndefined(); // a BOM alone
    expect(fastRows(utf8('KHÔNG;Đạt;≥ 30\r\n'))).toEqual([['KHÔNG', 'Đạt', '≥ 30']]);
  });

  it('past the first million characters, the splitter refuses what the scan would have refused', () => {
    const line = 'Tỷ lệ hộ nghèo;Xã Cao Phạ;12,5;≥ 30\n';
    const count = Math.ceil(1_100_000 / line.length);
    const head = line.repeat(count);
    const refused = [
      utf8('"5"'),
      utf8('Hoa\u0300'),
      utf8('tÕt'),
      utf8('\u0001'),
      new Uint8Array([0x61, 0xe0, 0x62]), // not UTF-8
    ];
    for (const bad of refused) {
      const bytes = new Uint8Array([...utf8(head), ...bad, ...utf8(`;1;2\n${line}`)]);
      const csv = scanUtf8Csv(bytes);
      expect(csv).toBeDefined();
      let rows = 0;
      const whole = forEachUtf8CsvRow(csv as NonNullable<typeof csv>, () => {
        rows++;
        return true;
      });
      expect(whole).toBe(false);
      expect(rows).toBe(count); // not the row that failed, nor any after it
    }
    // The same file with a cell the scan lets through is read whole.
    expect(fastRows(utf8(`${head}Xã Mới;1;2\n`))).toHaveLength(count + 1);
  });
});

describe('the characters the scan lets through are NFC whatever surrounds them', () => {
  it('each of them, and each pair of them, is its own NFC', () => {
    const chars: string[] = [];
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (cp < 0xd800 || cp > 0xdfff) if (scanUtf8Csv(utf8(c)) !== undefined) chars.push(c);
    }
    expect(chars.length).toBeGreaterThan(700);
    const changed: string[] = [];
    for (const a of chars) for (const b of chars) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
  });

  it('text the scan accepts is its own NFC (numRuns: 3000)', () => {
    const code = fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 0x20, max: 0x2ff }) },
      { weight: 6, arbitrary: fc.integer({ min: 0x1e00, max: 0x1fff }) },
      { weight: 1, arbitrary: fc.integer({ min: 0x300, max: 0x36f }) }, // combining marks
      { weight: 1, arbitrary: fc.integer({ min: 0x2000, max: 0x22ff }) },
      { weight: 1, arbitrary: fc.integer({ min: 0x20, max: 0xffff }) },
    );
    const s = fc.array(code, { maxLength: 10 }).map((codes) => String.fromCharCode(...codes));
    let accepted = 0;
    fc.assert(
      fc.property(s, (input) => {
        if (scanUtf8Csv(utf8(input)) === undefined) return;
        accepted++;
        expect(input.normalize('NFC')).toBe(input);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });
});
