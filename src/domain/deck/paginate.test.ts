import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('paginate(items, maxPerPage)', () => {
  it('splits 12 rows at 7 a page into 6 + 6 and 15 into 5 + 5 + 5', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => i);
    expect(paginate(twelve, 7)).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
    expect(
      paginate(
        Array.from({ length: 15 }, (_, i) => i),
        7,
      ).map((p) => p.length),
    ).toEqual([5, 5, 5]);
  });

  it('keeps a list that fits on one page whole, exactly at the limit too', () => {
    expect(paginate([1, 2, 3, 4, 5, 6, 7], 7)).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
    expect(paginate([1, 2, 3, 4, 5, 6, 7, 8], 7)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
  });

  it('puts the larger pages first when the split is uneven', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4).map((p) => p.length)).toEqual([4, 3, 3]);
  });

  it('gives no pages for no items', () => {
    expect(paginate([], 7)).toEqual([]);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow('invalid maxPerPage: 0');
    expect(() => paginate([1], 1.5)).toThrow('invalid maxPerPage: 1.5');
  });

  it('never exceeds the limit, keeps every item in order and uses the fewest pages', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, max) => {
        const pages = paginate(items, max);
        expect(pages.flat()).toEqual(items);
        expect(pages.length).toBe(Math.ceil(items.length / max));
        for (const page of pages) expect(page.length).toBeGreaterThan(0);
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(max);
        const sizes = pages.map((p) => p.length);
        if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
