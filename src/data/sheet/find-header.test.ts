import { describe, expect, it } from 'vitest';
import { findHeader } from './find-header';

describe('findHeader', () => {
  it('does not throw on a row copied from a sparse one (explicit undefined cells)', () => {
    const sparse: string[] = ['Chỉ tiêu', 'Kế hoạch'];
    sparse[4] = 'Thực hiện';
    const rows = [['Chỉ tiêu', 'Kế hoạch 2022', 'Thực hiện 2022'], [...sparse], ['Dân số', '1', '2']];
    expect(() => findHeader(rows, 'a.csv')).not.toThrow();
    expect(findHeader(rows, 'a.csv').header).toBeDefined();
  });
});
