import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes';

/** The Windows-1258 bytes of the few letters these tests need: base letters plus combining tone marks. */
const CP1258: Record<string, number[]> = {
  ê: [0xea],
  ơ: [0xf5],
  ư: [0xfd],
  đ: [0xf0],
  Đ: [0xd0],
  ỉ: [0x69, 0xd2], // i + hook above
  ế: [0xea, 0xec], // ê + acute
  ạ: [0x61, 0xf2], // a + dot below
  ợ: [0xf5, 0xf2], // ơ + dot below
};

function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) bytes.push(...(CP1258[char] ?? [char.charCodeAt(0)]));
  return new Uint8Array(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes(bytes)', () => {
  it('reads UTF-8 without a BOM and reports nothing', () => {
    expect(decodeBytes(utf8('Chỉ tiêu;Kế hoạch'), 'a.csv')).toEqual({
      text: 'Chỉ tiêu;Kế hoạch',
      encoding: 'utf-8',
      issues: [],
    });
  });
  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Mã;Tên')]);
    expect(decodeBytes(bytes).text).toBe('Mã;Tên');
  });
  it('falls back to Windows-1258 and composes its combining tone marks (NFC)', () => {
    const decoded = decodeBytes(encodeWindows1258('Chỉ tiêu;Kế hoạch;Đạt;vượt'), 'b.csv');
    expect(decoded.text).toBe('Chỉ tiêu;Kế hoạch;Đạt;vượt');
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.issues).toEqual([
      { file: 'b.csv', code: 'encoding', severity: 'warning', detail: 'windows-1258' },
    ]);
  });
  it('composes decomposed UTF-8 too', () => {
    expect(decodeBytes(utf8('Hoa\u0300 Bi\u0300nh')).text).toBe('Hoà Bình');
  });
  it('reads UTF-16LE by its BOM, as Excel saves “Unicode text”', () => {
    const text = 'Chỉ tiêu\tKế hoạch';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: 'utf-16le', issues: [] });
  });
  it('calls bytes full of control characters not a CSV, and a few stray ones fine', () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    expect(decodeBytes(garbage, 'x.csv').issues.map((issue) => issue.code)).toContain('notCsv');
    const text = `${'a;b\n'.repeat(100)}\u0001`;
    expect(decodeBytes(utf8(text)).issues).toEqual([]);
  });
  it('warns about text typed in a TCVN3 font, not about real Vietnamese', () => {
    const decoded = decodeBytes(utf8('Héi nghÞ hép møt tÕt, tæng kÕt c«ng t¸c thi ®ua'), 'c.csv');
    expect(decoded.issues.map((issue) => issue.code)).toEqual(['legacyFont']);
    expect(decodeBytes(utf8('Hội nghị họp mặt tết, tổng kết công tác thi đua ÕNG')).issues).toEqual([]);
  });
});
