import { describe, expect, it } from 'vitest';
import { countByStatus } from '../status/count-by-status';
import { compareScores, share } from './score';

const score = (exceeded: number, met: number, notMet: number) => ({
  total: exceeded + met + notMet,
  counts: { ...countByStatus([]), exceeded, met, notMet },
});

describe('compareScores(a, b)', () => {
  it('puts the higher passing share first', () => {
    expect(compareScores(score(0, 2, 0), score(1, 0, 1))).toBeLessThan(0);
    expect(compareScores(score(1, 0, 1), score(0, 2, 0))).toBeGreaterThan(0);
  });

  it('breaks an equal passing share by the exceeded share', () => {
    expect(compareScores(score(2, 0, 0), score(1, 1, 0))).toBeLessThan(0);
  });

  it('finds equal shares equal whatever the totals', () => {
    expect(compareScores(score(1, 1, 2), score(2, 2, 4))).toBe(0);
    expect(compareScores(score(1, 2, 3), score(2, 4, 6))).toBe(0);
  });

  it('puts a zero total last', () => {
    expect(compareScores(score(0, 0, 0), score(0, 0, 1))).toBeGreaterThan(0);
    expect(compareScores(score(0, 0, 1), score(0, 0, 0))).toBeLessThan(0);
    expect(compareScores(score(0, 0, 0), score(0, 0, 0))).toBe(0);
  });
});

describe('share(part, total)', () => {
  it('divides, and is undefined for a zero total', () => {
    expect(share(27, 38)).toBeCloseTo(0.7105, 4);
    expect(share(0, 0)).toBeUndefined();
  });
});
