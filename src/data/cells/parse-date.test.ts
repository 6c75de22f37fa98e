import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

const date = (raw: string) => {
  const cell = parseDate(raw);
  return cell.ok ? cell.value : cell.code;
};

describe('parseDate(raw)', () => {
  it('reads the seed’s conference date in every form a clerk writes it', () => {
    for (const raw of [
      '21/02/2023',
      '21/2/2023',
      '21-02-2023',
      '21.02.2023',
      '2023-02-21',
      'ngày 21 tháng 02 năm 2023',
      'Ngay 21 thang 2 nam 2023',
      '44978',
    ]) {
      expect(date(raw), raw).toBe('2023-02-21');
    }
  });
  it('drops the time of an Excel serial with a fraction', () => {
    expect(date('44978.75')).toBe('2023-02-21');
  });
  it('knows the calendar on both sides of month ends', () => {
    expect(date('28/02/2023')).toBe('2023-02-28');
    expect(date('29/02/2023')).toBe('badDate');
    expect(date('29/02/2024')).toBe('2024-02-29');
    expect(date('31/04/2023')).toBe('badDate');
    expect(date('2023-13-01')).toBe('badDate');
  });
  it('accepts serials from 10000 and rejects a 4-digit year typed as a date', () => {
    expect(date('10000')).toBe('1927-05-18');
    expect(date('2023')).toBe('badDate');
  });
  it('gives undefined for blank and badDate for text', () => {
    expect(date('')).toBeUndefined();
    expect(date('hôm qua')).toBe('badDate');
  });
});
