import { describe, expect, it } from 'vitest';
import { parseStatusLabel } from './parse-status-label';

const status = (raw: string) => {
  const cell = parseStatusLabel(raw);
  return cell.ok ? cell.value : cell.code;
};

describe('parseStatusLabel(raw)', () => {
  it('reads exceeded in any case, with or without diacritics', () => {
    for (const raw of ['Vượt', 'VƯỢT', 'vuot', 'Vượt kế hoạch', 'vượt 4,16% kế hoạch', 'Exceeded']) {
      expect(status(raw), raw).toBe('exceeded');
    }
  });
  it('reads met', () => {
    for (const raw of ['Đạt', 'dat', 'Đạt 100% kế hoạch', 'Hoàn thành', 'Met'])
      expect(status(raw), raw).toBe('met');
  });
  it('reads not met before met, so “Không đạt” is not “đạt”', () => {
    for (const raw of ['Không đạt', 'Chưa đạt', 'KHONG DAT', 'không hoàn thành', 'Not met']) {
      expect(status(raw), raw).toBe('notMet');
    }
  });
  it('reads basically met and no data', () => {
    expect(status('Cơ bản đạt')).toBe('basicallyMet');
    expect(status('co ban hoan thanh')).toBe('basicallyMet');
    expect(status('Chưa có số liệu')).toBe('noData');
  });
  it('gives undefined for blank and badEnum for anything else', () => {
    expect(status('')).toBeUndefined();
    expect(status('-')).toBeUndefined();
    expect(status('tốt')).toBe('badEnum');
    expect(status('Đạtt')).toBe('badEnum');
  });
});
