import { describe, expect, it } from 'vitest';
import { countByStatus, STATUS_ORDER } from './count-by-status';

describe('countByStatus(statuses)', () => {
  it('counts the seed’s 27 vượt and 11 đạt with zeros for the rest', () => {
    const statuses = [...Array(27).fill('exceeded'), ...Array(11).fill('met')];
    expect(countByStatus(statuses)).toEqual({ exceeded: 27, met: 11, basicallyMet: 0, notMet: 0, noData: 0 });
  });

  it('counts basicallyMet, notMet and noData', () => {
    expect(countByStatus(['basicallyMet', 'notMet', 'noData', 'notMet'])).toEqual({
      exceeded: 0,
      met: 0,
      basicallyMet: 1,
      notMet: 2,
      noData: 1,
    });
  });

  it('gives all zeros for no statuses, never missing keys', () => {
    expect(countByStatus([])).toEqual({ exceeded: 0, met: 0, basicallyMet: 0, notMet: 0, noData: 0 });
  });
});

describe('STATUS_ORDER', () => {
  it('lists every status once, best first', () => {
    expect(STATUS_ORDER).toEqual(['exceeded', 'met', 'basicallyMet', 'notMet', 'noData']);
  });
});
