import { describe, expect, it } from 'vitest';
import { assignRanks } from './assign-ranks';

describe('assignRanks(sorted, same)', () => {
  it('gives equal rows the same rank and skips the next (1, 1, 3)', () => {
    const rows = [5, 5, 3, 2, 2, 2, 1].map((v) => ({ v }));
    const ranked = assignRanks(rows, (a, b) => a.v === b.v);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3, 4, 4, 4, 7]);
  });

  it('numbers distinct rows 1, 2, 3 and handles no rows', () => {
    expect(assignRanks([{ v: 3 }, { v: 2 }, { v: 1 }], (a, b) => a.v === b.v)).toEqual([
      { v: 3, rank: 1 },
      { v: 2, rank: 2 },
      { v: 1, rank: 3 },
    ]);
    expect(assignRanks([], () => true)).toEqual([]);
  });
});
