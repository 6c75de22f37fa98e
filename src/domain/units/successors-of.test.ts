import { describe, expect, it } from 'vitest';
import { makeUnit } from '../testing/fixtures';
import { successorsOf } from './successors-of';

describe('successorsOf(units, unitId)', () => {
  it('follows successorIds breadth first, each once', () => {
    const units = [
      makeUnit('a', 'A', { successorIds: ['b', 'c'] }),
      makeUnit('b', 'B', { successorIds: ['d'] }),
      makeUnit('c', 'C', { successorIds: ['d'] }),
      makeUnit('d', 'D'),
    ];
    expect(successorsOf(units, 'a').map((u) => u.id)).toEqual(['b', 'c', 'd']);
    expect(successorsOf(units, 'b').map((u) => u.id)).toEqual(['d']);
  });

  it('skips unknown ids and stops on loops', () => {
    const units = [
      makeUnit('a', 'A', { successorIds: ['ghost', 'b'] }),
      makeUnit('b', 'B', { successorIds: ['a'] }),
    ];
    expect(successorsOf(units, 'a').map((u) => u.id)).toEqual(['b']);
  });

  it('is empty for a unit without successors or an unknown id', () => {
    expect(successorsOf([makeUnit('a', 'A')], 'a')).toEqual([]);
    expect(successorsOf([makeUnit('a', 'A')], 'zz')).toEqual([]);
  });
});
