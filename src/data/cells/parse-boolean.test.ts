import { describe, expect, it } from 'vitest';
import { parseBoolean } from './parse-boolean';

const bool = (raw: string) => {
  const cell = parseBoolean(raw);
  return cell.ok ? cell.value : cell.code;
};

describe('parseBoolean(raw)', () => {
  it('reads the yes forms', () => {
    for (const raw of ['true', 'TRUE', 'x', 'X', 'có', 'Co', 'yes', '1']) expect(bool(raw), raw).toBe(true);
  });
  it('reads the no forms', () => {
    for (const raw of ['false', 'không', 'KHONG', 'no', '0']) expect(bool(raw), raw).toBe(false);
  });
  it('leaves blank undefined and rejects anything else', () => {
    expect(bool('')).toBeUndefined();
    expect(bool('maybe')).toBe('badBoolean');
  });
});
