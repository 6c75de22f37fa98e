import { describe, expect, it } from 'vitest';
import { parseActual } from './parse-actual';

const actual = (raw: string) => {
  const cell = parseActual(raw);
  return cell.ok ? cell.value : cell.code;
};

describe('parseActual(raw)', () => {
  it('reads numbers and keeps the text as written', () => {
    expect(actual('1.234,5')).toEqual({ value: 1234.5, text: '1.234,5' });
    expect(actual(' 98,2% ')).toEqual({ value: 98.2, text: '98,2%' });
    expect(actual('khoảng 5')).toEqual({ value: 5, text: 'khoảng 5' });
    expect(actual('Đạt 98%')).toEqual({ value: 98, text: 'Đạt 98%' });
    expect(actual('ước đạt 5')).toEqual({ value: 5, text: 'ước đạt 5' });
  });
  it('reads done and not done', () => {
    expect(actual('hoàn thành')).toEqual({ done: true, text: 'hoàn thành' });
    expect(actual('Đạt')).toEqual({ done: true, text: 'Đạt' });
    expect(actual('không hoàn thành')).toEqual({ done: false, text: 'không hoàn thành' });
    expect(actual('Chưa đạt')).toEqual({ done: false, text: 'Chưa đạt' });
  });
  it('reads blank and a dash as no data, without a value or a done flag', () => {
    expect(actual('-')).toEqual({ text: '-' });
    expect(actual('')).toEqual({ text: '' });
  });
  it('rejects text that is neither', () => {
    expect(actual('xuất siêu')).toBe('badActual');
    expect(actual('abc')).toBe('badActual');
  });
});
