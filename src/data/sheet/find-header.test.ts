import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize-text';
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

describe('findHeader headers', () => {
  /** The header texts as the search wrote them before: the non-blank of the two parts, joined by an array. */
  function reference(top: string[], bottom: string[] | undefined): string[] {
    const width = Math.max(top.length, bottom?.length ?? 0);
    const texts: string[] = [];
    let carried = '';
    for (let i = 0; i < width; i++) {
      const own = normalizeText(top[i] ?? '');
      const below = bottom ? normalizeText(bottom[i] ?? '') : '';
      if (own !== '') carried = own;
      const above = own !== '' ? own : below !== '' ? carried : '';
      texts.push([above, below].filter((part) => part !== '').join(' / '));
    }
    return texts;
  }

  it('join one or two header rows as the array join did (numRuns: 1000)', () => {
    const top = fc.array(
      fc.constantFrom('Chỉ tiêu', 'Kế hoạch', 'Thực hiện', '', ' ', 'Đơn vị', 'Mã', 'Đánh giá'),
      {
        minLength: 1,
        maxLength: 7,
      },
    );
    const bottom = fc.array(fc.constantFrom('', 'Năm 2022', '2022', 'Kế hoạch', 'Thực hiện', 'Ước TH'), {
      maxLength: 7,
    });
    let double = 0;
    fc.assert(
      fc.property(top, bottom, (a, b) => {
        const rows = [a, b, ['Dân số', 'x', '12', '15', '', '', '']];
        const header = findHeader(rows, 'a.csv').header;
        if (header === undefined) return;
        const [first, second] = header.headerRows;
        const expected = reference(rows[first ?? 0] ?? [], second === undefined ? undefined : rows[second]);
        if (second !== undefined) double++;
        expect(header.headers).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
    expect(double).toBeGreaterThan(50);
  });
});
