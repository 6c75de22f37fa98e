import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActual, plainActual } from './parse-actual';
import { parsePlan, plainPlan, signedPlan } from './parse-plan';
import { plainNumberIn, plainNumberValue } from './parse-vi-number';

const plan = (raw: string, locale?: 'vi' | 'en' | 'ambiguous') => {
  const cell = parsePlan(raw, locale);
  return cell.ok ? cell.value : cell.code;
};

describe('parsePlan(raw)', () => {
  it('reads plain numbers as value targets', () => {
    expect(plan('7,5')).toEqual({ kind: 'value', value: 7.5 });
    expect(plan('1.234,5')).toEqual({ kind: 'value', value: 1234.5 });
    expect(plan('105%')).toEqual({ kind: 'value', value: 105 });
  });
  it('reads every spelling of a minimum', () => {
    for (const raw of [
      '≥ 30',
      '>= 30',
      '> 30',
      'trên 30',
      'Trên 30',
      'tren 30',
      'từ 30 trở lên',
      '30 trở lên',
      'tối thiểu 30',
      'không dưới 30',
      'trên 30 xã',
      '≥30%',
    ]) {
      expect(plan(raw), raw).toEqual({ kind: 'min', value: 30 });
    }
  });
  it('reads every spelling of a maximum', () => {
    for (const raw of [
      '≤ 4',
      '<= 4',
      '< 4',
      'dưới 4',
      'DƯỚI 4%',
      'không quá 4',
      'không vượt quá 4',
      'tối đa 4',
      '4 trở xuống',
    ]) {
      expect(plan(raw), raw).toEqual({ kind: 'max', value: 4 });
    }
  });
  it('reads ranges as bands with their ends in order', () => {
    expect(plan('6,6-6,8')).toEqual({ kind: 'band', min: 6.6, max: 6.8 });
    expect(plan('6,6 – 6,8')).toEqual({ kind: 'band', min: 6.6, max: 6.8 });
    expect(plan('6,6% - 6,8%')).toEqual({ kind: 'band', min: 6.6, max: 6.8 });
    expect(plan('từ 33 đến 34')).toEqual({ kind: 'band', min: 33, max: 34 });
    expect(plan('34-33')).toEqual({ kind: 'band', min: 33, max: 34 });
  });
  it('reads khoảng as an approximate target', () => {
    expect(plan('khoảng 4')).toEqual({ kind: 'approx', value: 4 });
    expect(plan('Khoảng 4,5%')).toEqual({ kind: 'approx', value: 4.5 });
    expect(plan('~ 4')).toEqual({ kind: 'approx', value: 4 });
  });
  it('reads done / not done targets', () => {
    expect(plan('hoàn thành')).toEqual({ kind: 'boolean' });
    expect(plan('Hoàn thành 100% kế hoạch')).toEqual({ kind: 'boolean' });
    expect(plan('đạt chuẩn')).toEqual({ kind: 'boolean' });
  });
  it('reads targets against last year', () => {
    expect(plan('giảm so với năm trước')).toEqual({ kind: 'vsBaseline', change: 'decrease' });
    expect(plan('Tăng so với cùng kỳ')).toEqual({ kind: 'vsBaseline', change: 'increase' });
  });
  it('treats blank and a dash as no plan', () => {
    expect(plan('')).toBeUndefined();
    expect(plan('-')).toBeUndefined();
  });
  it('rejects text it cannot read, and reports a number only the locale could decide', () => {
    expect(plan('abc')).toBe('badPlan');
    expect(plan('dưới')).toBe('badPlan');
    expect(plan('trên 3 xã 5 thôn')).toBe('badPlan');
    expect(plan('giảm')).toBe('badPlan');
    expect(plan('≥ 1.234', 'ambiguous')).toBe('ambiguousNumber');
    expect(plan('≥ 1.234', 'vi')).toEqual({ kind: 'min', value: 1234 });
  });
});

describe('signedPlan(raw): the hand-written reader of `≥ 30` and `dưới 4`', () => {
  /** What it replaced, as the specification of the cells it takes. */
  const SIGN_THEN_NUMBER = /^ *(≥|>=|=>|>|trên|≤|<=|=<|<|dưới) *(\d[\d.,]*) *$/;
  const piece = fc.constantFrom(
    ...['≥', '≤', '>', '<', '=', '>=', '<=', '=>', '=<', '>>', 'trên', 'dưới', 'tren', 'duoi', 'Trên', 'trê'],
    ...[' ', '  ', '\t', '1', '30', '0', '1.234', '6,5', '.', ',', '%', 'xã', '-', '…'],
  );
  const cell = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

  it('reads exactly the cells the regex took, as the folded path reads them (numRuns: 2000)', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('vi', 'en', 'ambiguous') as fc.Arbitrary<'vi'>, (raw, locale) => {
        const fast = signedPlan(raw, locale);
        expect(fast !== undefined, raw).toBe(SIGN_THEN_NUMBER.test(raw));
        // A trailing tab keeps a cell off the fast path without changing what it says.
        if (fast !== undefined) expect(fast, raw).toEqual(parsePlan(`${raw}\t`, locale));
      }),
      { numRuns: 2000 },
    );
  });
  it('reads both kinds with their numbers', () => {
    expect(signedPlan(' >= 1.234 ', 'vi')).toEqual({ ok: true, value: { kind: 'min', value: 1234 } });
    expect(signedPlan('=<6,5', 'vi')).toEqual({ ok: true, value: { kind: 'max', value: 6.5 } });
    expect(signedPlan('dưới 45', 'vi')).toEqual({ ok: true, value: { kind: 'max', value: 45 } });
    expect(signedPlan('≥ 30 xã', 'vi')).toBeUndefined();
  });
});

describe('plainPlan / plainActual: the shortcuts of the results parser', () => {
  const piece = fc.constantFrom(
    ...['≥', '≤', '>', '<', '>=', 'trên', 'dưới', 'khoảng', ' ', '\t', '%', 'xã', '-', '(', ')', 'đạt'],
    ...['0', '1', '30', '1.234', '6,5', '12.345,6', '1,234.5', '.', ','],
  );
  const cell = fc.oneof(
    fc.array(piece, { maxLength: 5 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 8 }),
    fc
      .tuple(
        fc.constantFrom('', '≥ ', 'dưới ', '>=', ' < ', 'trên  '),
        fc.constantFrom('30', '1.234', '6,5', '12.345', '0,5', '100', '1,234'),
        fc.constantFrom('', ' ', '  '),
      )
      .map((parts) => parts.join('')),
  );
  const locale = fc.constantFrom('vi', 'en', 'ambiguous', undefined) as fc.Arbitrary<'vi' | undefined>;

  it('give parsePlan’s and parseActual’s value whenever they give one (numRuns: 4000)', () => {
    let plans = 0;
    fc.assert(
      fc.property(cell, locale, (raw, at) => {
        const plan = plainPlan(raw, at);
        if (plan !== undefined) {
          plans++;
          expect(parsePlan(raw, at), raw).toStrictEqual({ ok: true, value: plan });
        }
        const actual = plainActual(raw, at);
        if (actual !== undefined)
          expect(parseActual(raw, at), raw).toStrictEqual({ ok: true, value: actual });
      }),
      { numRuns: 4000 },
    );
    expect(plans).toBeGreaterThan(400);
  });

  it('plainNumberIn(text, start, end) is plainNumberValue of the slice (numRuns: 2000)', () => {
    const number = fc.constantFrom('0.123', '0,123', '1.234', '12.345', '0,5', '7', '1.234,5', '');
    const framed = fc
      .tuple(fc.constantFrom('', '≥ ', 'dưới ', 'x', '1'), number, fc.constantFrom('', ' ', '%', '9'))
      .map(([before, n, after]) => ({
        text: before + n + after,
        start: before.length,
        end: before.length + n.length,
      }));
    const anywhere = fc.tuple(cell, fc.nat(10), fc.nat(10)).map(([text, a, b]) => {
      const start = Math.min(a, text.length);
      return { text, start, end: Math.min(Math.max(start, b), text.length) };
    });
    fc.assert(
      fc.property(fc.oneof(framed, anywhere), locale, ({ text, start, end }, at) => {
        const slice = text.slice(start, end);
        expect(plainNumberIn(text, start, end, at ?? 'vi'), slice).toBe(plainNumberValue(slice, at ?? 'vi'));
      }),
      { numRuns: 2000 },
    );
  });
});
