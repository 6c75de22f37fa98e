import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareText,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPoints,
  NO_VALUE,
} from './format';

describe('formatNumber(n, locale, decimals?)', () => {
  it('groups thousands and marks decimals the locale’s way', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('shows exactly `decimals` fraction digits when given', () => {
    expect(formatNumber(7.5, 'vi', 2)).toBe('7,50');
    expect(formatNumber(7.456, 'en', 1)).toBe('7.5');
    expect(formatNumber(120, 'vi', 0)).toBe('120');
  });

  it('formats zero as 0 but missing values as an en dash, never 0', () => {
    expect(formatNumber(0, 'vi')).toBe('0');
    expect(formatNumber(undefined, 'vi')).toBe(NO_VALUE);
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });
});

describe('formatPercent(n, locale, decimals = 1)', () => {
  it('takes percent units: 105.3 is 105,3%', () => {
    expect(formatPercent(105.3, 'vi')).toBe('105,3%');
    expect(formatPercent(105.3, 'en')).toBe('105.3%');
    expect(formatPercent(100, 'vi', 0)).toBe('100%');
  });

  it('formats a missing percentage as an en dash', () => {
    expect(formatPercent(undefined, 'vi')).toBe('–');
  });
});

describe('formatPoints(n, locale, decimals = 1)', () => {
  it('signs a difference in percentage points', () => {
    expect(formatPoints(1.2, 'vi')).toBe('+1,2 điểm %');
    expect(formatPoints(1.2, 'en')).toBe('+1.2 pp');
    expect(formatPoints(-1.05, 'vi', 2)).toBe('-1,05 điểm %');
  });

  it('gives zero no sign and a missing value no unit', () => {
    expect(formatPoints(0, 'en')).toBe('0.0 pp');
    expect(formatPoints(undefined, 'en')).toBe('–');
  });
});

describe('formatDate(iso, locale)', () => {
  it('shows dd/MM/yyyy in Vietnamese and a spelled-out month in English', () => {
    expect(formatDate('2023-02-21', 'vi')).toBe('21/02/2023');
    expect(formatDate('2023-02-21', 'en')).toBe('21 Feb 2023');
  });

  it('keeps a calendar date on its day in any time zone', () => {
    expect(formatDate('2023-01-01', 'vi')).toBe('01/01/2023');
    expect(formatDate('2022-12-31', 'vi')).toBe('31/12/2022');
  });

  it('writes a calendar date as Intl does (its first formatter costs 48 ms, so it is not used for these)', () => {
    const intl = {
      vi: new Intl.DateTimeFormat('vi-VN', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      en: new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const day = new Date(`${iso}T00:00:00Z`);
          expect(formatDate(iso, 'vi')).toBe(intl.vi.format(day));
          // Recent ICU writes September “Sept” in en-GB; ours keeps three letters, as every other month has.
          expect(formatDate(iso, 'en')).toBe(intl.en.format(day).replace('Sept', 'Sep'));
        },
      ),
    );
  });

  it('shows a date-time on its Vietnam calendar day', () => {
    // 20:00 UTC on 20 Feb is 03:00 on 21 Feb in Hà Nội.
    expect(formatDate('2023-02-20T20:00:00Z', 'vi')).toBe('21/02/2023');
  });

  it('formats undefined or blank as an en dash and returns unparseable text as written', () => {
    expect(formatDate(undefined, 'vi')).toBe('–');
    expect(formatDate('', 'en')).toBe('–');
    expect(formatDate('2023-02-30', 'vi')).toBe('2023-02-30');
    expect(formatDate('hôm qua', 'vi')).toBe('hôm qua');
  });
});

describe('formatDateTime(value, locale)', () => {
  it('shows Vietnam time on a 24-hour clock', () => {
    expect(formatDateTime('2023-02-21T07:30:00Z', 'vi')).toBe('14:30 21/02/2023');
    expect(formatDateTime(new Date('2023-02-21T07:30:00Z'), 'en')).toBe('21 Feb 2023, 14:30');
  });

  it('shows a date-only string as a date, without an invented time', () => {
    expect(formatDateTime('2023-02-21', 'vi')).toBe('21/02/2023');
  });

  it('formats missing or invalid values as an en dash', () => {
    expect(formatDateTime(undefined, 'vi')).toBe('–');
    expect(formatDateTime(new Date(Number.NaN), 'vi')).toBe('–');
  });
});

describe('compareText(locale)', () => {
  it('sorts Đ right after D in Vietnamese, not after Z', () => {
    expect(['Zê', 'Đông', 'Dương', 'An'].sort(compareText('vi'))).toEqual(['An', 'Dương', 'Đông', 'Zê']);
  });

  it('sorts numbers inside names by value', () => {
    expect(['Xã 10', 'Xã 9'].sort(compareText('vi'))).toEqual(['Xã 9', 'Xã 10']);
  });
});
