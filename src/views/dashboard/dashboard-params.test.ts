import { describe, expect, it } from 'vitest';
import { readDashboardParams } from './dashboard-params';

describe('readDashboardParams(params)', () => {
  it('reads year, unit, group, statuses, search and the open indicator', () => {
    const p = readDashboardParams(
      new URLSearchParams(
        'nam=2021&don-vi=xa-kim-noi&nhom=kinh-te&danh-gia=met,notMet&tim=ho ngheo&chi-tieu=XH02',
      ),
    );
    expect(p).toEqual({
      year: 2021,
      unitId: 'xa-kim-noi',
      group: 'kinh-te',
      statuses: ['met', 'notMet'],
      search: 'ho ngheo',
      indicator: 'XH02',
      failChart: false,
    });
  });

  it('ignores a malformed year, unknown statuses and blanks', () => {
    const p = readDashboardParams(
      new URLSearchParams('nam=20x2&danh-gia=bad,exceeded&don-vi=%20&loi-thu=bieu-do'),
    );
    expect(p.year).toBeUndefined();
    expect(p.statuses).toEqual(['exceeded']);
    expect(p.unitId).toBeUndefined();
    expect(p.failChart).toBe(true);
  });
});
