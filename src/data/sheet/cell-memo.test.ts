import { describe, expect, it } from 'vitest';
import { CellMemo } from './cell-memo';

describe('CellMemo(read, limit).get(raw)', () => {
  it('reads each distinct text once and gives every text its own value, repeated or alternating', () => {
    const reads: string[] = [];
    const memo = new CellMemo((raw) => {
      reads.push(raw);
      return { length: raw.length, raw };
    });
    const texts = ['Xã A', 'Xã A', 'Xã B', 'Xã Bb', 'Xã A', ['Xã', 'Bb'].join(' '), '', '', 'Xã Bb'];
    for (const raw of texts) expect(memo.get(raw)).toEqual({ length: raw.length, raw });
    expect(reads).toEqual(['Xã A', 'Xã B', 'Xã Bb', '']);
    expect(memo.get('Xã A')).toBe(memo.get('Xã A'));
  });
  it('stops remembering past its limit, still answering right', () => {
    const reads: string[] = [];
    const memo = new CellMemo((raw) => {
      reads.push(raw);
      return raw.toUpperCase();
    }, 2);
    for (const raw of ['a', 'b', 'c', 'a', 'c', 'b', 'c']) expect(memo.get(raw)).toBe(raw.toUpperCase());
    expect(reads).toEqual(['a', 'b', 'c', 'c', 'c']); // `c` is remembered only while it is the last text
  });
});
