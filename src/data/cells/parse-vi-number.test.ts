import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectNumberLocale, numberEvidence, parseViNumber } from './parse-vi-number';

const value = (raw: string, locale?: 'vi' | 'en' | 'ambiguous') => {
  const cell = parseViNumber(raw, locale);
  return cell.ok ? cell.value : cell.code;
};

describe('parseViNumber(raw, locale)', () => {
  it('reads vi-VN thousands dots and decimal commas', () => {
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('63.961')).toBe(63961);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('7,5')).toBe(7.5);
    expect(value('0,25')).toBe(0.25);
    expect(value('38')).toBe(38);
  });
  it('reads percentages as the printed number', () => {
    expect(value('105%')).toBe(105);
    expect(value('105,3 %')).toBe(105.3);
  });
  it('reads negatives written with a hyphen, a minus sign or brackets', () => {
    expect(value('-12,5')).toBe(-12.5);
    expect(value('−1.234')).toBe(-1234);
    expect(value('(1.234)')).toBe(-1234);
  });
  it('treats blank and dashes as no data, never 0', () => {
    for (const raw of ['', '   ', '-', '–', '—', '\u00a0']) expect(value(raw)).toBeUndefined();
  });
  it('reads space-grouped thousands', () => {
    expect(value('1 234 567,5')).toBe(1234567.5);
    expect(value('1\u00a0234')).toBe(1234);
  });
  it('reads forms only English can mean whatever the locale', () => {
    expect(value('7.5')).toBe(7.5);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('1,234.5')).toBe(1234.5);
  });
  it('lets the locale decide one separator before exactly three digits', () => {
    expect(value('1.234', 'vi')).toBe(1234);
    expect(value('1,234', 'vi')).toBe(1.234);
    expect(value('1.234', 'en')).toBe(1.234);
    expect(value('1,234', 'en')).toBe(1234);
    expect(value('1.234', 'ambiguous')).toBe('ambiguousNumber');
    expect(value('1.2345', 'ambiguous')).toBe(1.2345);
    expect(value('1234.567', 'ambiguous')).toBe(1234.567);
    expect(value('0.005', 'ambiguous')).toBe(0.005);
    expect(value('0,005', 'ambiguous')).toBe(0.005);
  });
  it('rejects text, stray separators and two numbers', () => {
    for (const raw of ['abc', '1.23.4', '12,3,4', '1,2.3', '5 xã', '1-2', '12a', '%', '--5']) {
      expect(value(raw)).toBe('notANumber');
    }
  });
});

describe('numberEvidence(raw) and detectNumberLocale(cells)', () => {
  it('leans vi on decimal commas and dotted groups, en on the opposite, neither on integers and 1.234', () => {
    expect(numberEvidence('7,5')).toBe('vi');
    expect(numberEvidence('1.234,5')).toBe('vi');
    expect(numberEvidence('≥ 6,6-6,8')).toBe('vi');
    expect(numberEvidence('7.5')).toBe('en');
    expect(numberEvidence('1,234.5')).toBe('en');
    expect(numberEvidence('1.234')).toBeUndefined();
    expect(numberEvidence('1234')).toBeUndefined();
  });
  it('detects a column written in English', () => {
    expect(detectNumberLocale(['1,234.5', '1,300', '-', ''])).toBe('en');
  });
  it('detects a column written in Vietnamese', () => {
    expect(detectNumberLocale(['1.234,5', '1.300'])).toBe('vi');
  });
  it('calls a column that mixes both ambiguous', () => {
    expect(detectNumberLocale(['1.234,5', '1,234.5', '1.300'])).toBe('ambiguous');
  });
  it('falls back when no cell decides', () => {
    expect(detectNumberLocale(['1.300', '12'])).toBe('vi');
    expect(detectNumberLocale(['1.300', '12'], 'en')).toBe('en');
  });
  it('reads back what Intl.NumberFormat("vi-VN") writes (numRuns: 300)', () => {
    const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const n = whole + Math.sign(whole || 1) * (thousandths / 1000);
          const cell = parseViNumber(format.format(n));
          expect(cell).toEqual({ ok: true, value: Number(n.toFixed(3)) });
        },
      ),
      { numRuns: 300 },
    );
  });
  it('reads digits with one separator (its fast path) as the full path does (`+` forces the full path)', () => {
    // At least one digit: a cell of dots alone (`...`) is the clerks' “no figure” mark, read as no data, and
    // `+...` is not a number, so without a digit the two readings rightly differ (fast-check found `...`).
    const digitsAndSeparators = fc
      .string({ unit: fc.constantFrom(...'0123456789.,'), minLength: 1, maxLength: 9 })
      .filter((raw) => /\d/.test(raw));
    fc.assert(
      fc.property(
        digitsAndSeparators,
        fc.constantFrom('vi', 'en', 'ambiguous') as fc.Arbitrary<'vi' | 'en' | 'ambiguous'>,
        (raw, locale) => {
          expect(value(raw, locale)).toEqual(value(`+${raw}`, locale));
        },
      ),
      { numRuns: 500 },
    );
    for (const raw of [
      '0',
      '007',
      '12.345',
      '1,234',
      '0.005',
      '0,5',
      '7,5',
      '1234,5',
      '999.999',
      '12345678901234567',
    ])
      for (const locale of ['vi', 'en', 'ambiguous'] as const)
        expect(value(raw, locale)).toEqual(value(`+${raw}`, locale));
  });
});

describe('parseViNumber on plain decimals (digits over a power of ten)', () => {
  it('reads every decimal of up to 15 characters as Number reads its text (numRuns: 5000)', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const decimal = fc
      .tuple(digits(1, 13), fc.constantFrom('.', ','), digits(1, 13))
      .filter(([whole, , fraction]) => whole.length + 1 + fraction.length <= 15)
      .map(([whole, separator, fraction]) => whole + separator + fraction);
    const locale = fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>;
    fc.assert(
      fc.property(decimal, locale, (raw, at) => {
        // `+` forces the full path, which reads the number with `Number`; `toBe`: the same double, -0 apart.
        expect(value(raw, at), raw).toBe(value(`+${raw}`, at));
      }),
      { numRuns: 5000 },
    );
    for (const raw of [
      '0,1',
      '0,3',
      '0.7',
      '1,1',
      '2,675',
      '0,0000000000001',
      '9,9999999999999',
      '12345678901,23',
    ])
      expect(value(raw, 'en'), raw).toBe(value(`+${raw}`, 'en'));
  });
});

describe('numberEvidence on plain numbers (the one-pass path)', () => {
  it('leans as the token regex does (numRuns: 2000)', () => {
    const plain = fc
      .array(fc.constantFrom('0', '1', '2', '5', '9', '.', ','), { minLength: 1, maxLength: 9 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(plain, (raw) => {
        // A leading `x` keeps the cell off the one-pass path and leaves its number token as it was.
        expect(numberEvidence(raw), raw).toBe(numberEvidence(`x${raw}`));
      }),
      { numRuns: 2000 },
    );
  });
  it('leans on a number after a prefix without digits (`≥ 17.108`) as the token regex does (numRuns: 3000)', () => {
    // The token reading, as the module's regex path does it: the last telling token wins.
    const tokenEvidence = (raw: string): 'vi' | 'en' | undefined => {
      let evidence: 'vi' | 'en' | undefined;
      for (const [token] of raw.matchAll(/\d[\d.,]*\d|\d/g)) {
        if (/^\d+$/.test(token) || /^[1-9]\d{0,2}[.,]\d{3}$/.test(token)) continue;
        if (/^\d*,\d+$/.test(token) || /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/.test(token)) evidence = 'vi';
        else if (/^\d*\.\d+$/.test(token) || /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/.test(token))
          evidence = 'en';
      }
      return evidence;
    };
    const prefix = fc.constantFrom('', 'x', '≥ ', '≥', 'dưới ', 'trên  ', '-', '(', ' ', '.', ',', 'khoảng ');
    const body = fc
      .array(fc.constantFrom('0', '1', '2', '5', '9', '.', ','), { minLength: 0, maxLength: 9 })
      .map((parts) => parts.join(''));
    const suffix = fc.constantFrom('', ' %', ' xã', '%', ')', ' 2', '.', ',5');
    fc.assert(
      fc.property(prefix, body, suffix, (a, b, c) => {
        const raw = a + b + c;
        expect(numberEvidence(raw), raw).toBe(tokenEvidence(raw));
      }),
      { numRuns: 3000 },
    );
  });
  it('reads integers and `1.234` as neither, `0,5` and `12,5` as vi, `0.005` as en', () => {
    expect(numberEvidence('12345')).toBeUndefined();
    expect(numberEvidence('1.234')).toBeUndefined();
    expect(numberEvidence('1,234')).toBeUndefined();
    expect(numberEvidence('0,5')).toBe('vi');
    expect(numberEvidence('12,5')).toBe('vi');
    expect(numberEvidence('0.005')).toBe('en');
    expect(numberEvidence('1234.567')).toBe('en');
  });
});
