import { describe, expect, it } from 'vitest';
import {
  afterTrongDo,
  isRomanNumeral,
  isTrailerLine,
  romanSectionTitle,
  rowLevel,
  splitNameMarker,
} from './classify-row';

describe('row classifiers', () => {
  it('recognise Roman numerals as a TT cell writes them, and not words', () => {
    for (const t of ['I', 'II.', 'IV', 'IX', 'XII']) expect(isRomanNumeral(t), t).toBe(true);
    for (const t of ['', 'A', 'IIII', 'Lúa', 'ii', '1']) expect(isRomanNumeral(t), t).toBe(false);
  });
  it('take the title of a one-cell section row', () => {
    expect(romanSectionTitle('I. KINH TẾ')).toBe('KINH TẾ');
    expect(romanSectionTitle('II - VĂN HÓA - XÃ HỘI')).toBe('VĂN HÓA - XÃ HỘI');
    expect(romanSectionTitle('Lúa. Ngô')).toBeUndefined();
    expect(romanSectionTitle('1. Lúa')).toBeUndefined();
  });
  it('see notes, footnotes, signatures and the date line as the end of the table', () => {
    for (const t of [
      'Ghi chú:',
      '(*) Số liệu ước',
      '* Số liệu ước',
      'NGƯỜI LẬP BIỂU',
      'CHỦ TỊCH',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'Nơi nhận:',
      'Mù Cang Chải, ngày 15 tháng 12 năm 2022',
    ]) {
      expect(isTrailerLine(t), t).toBe(true);
    }
    for (const t of [
      '',
      'Sản lượng lương thực',
      'Tỷ lệ hộ nghèo (*)',
      'Chủ động phòng chống thiên tai',
      'Trồng rừng',
    ]) {
      expect(isTrailerLine(t), t).toBe(false);
    }
  });
  it('rank row markers from numbers down to bullets', () => {
    expect(rowLevel('1')).toBe(0);
    expect(rowLevel('12.')).toBe(0);
    expect(rowLevel('1.1')).toBe(1);
    expect(rowLevel('1.1.2')).toBe(2);
    expect(rowLevel('a)')).toBe(3);
    expect(rowLevel('-')).toBe(4);
    expect(rowLevel('+')).toBe(5);
    expect(rowLevel('')).toBeUndefined();
    expect(rowLevel('1a')).toBeUndefined();
  });
  it('split a marker typed into the name cell', () => {
    expect(splitNameMarker('- Xã đạt chuẩn')).toEqual({ marker: '-', name: 'Xã đạt chuẩn' });
    expect(splitNameMarker('a) Lúa')).toEqual({ marker: 'a)', name: 'Lúa' });
    expect(splitNameMarker('1.2. Ngô')).toEqual({ marker: '1.2.', name: 'Ngô' });
    expect(splitNameMarker('Tỷ lệ -5')).toEqual({ marker: '', name: 'Tỷ lệ -5' });
  });
  it('find what follows “Trong đó”', () => {
    expect(afterTrongDo('Trong đó:')).toBe('');
    expect(afterTrongDo('Trong đó: xã đạt chuẩn')).toBe('xã đạt chuẩn');
    expect(afterTrongDo('trong do - xa dat chuan')).toBe('xa dat chuan');
    expect(afterTrongDo('Trồng rừng')).toBeUndefined();
  });
});
