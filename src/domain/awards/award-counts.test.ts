import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model';
import { makeAward, makeCluster, makeDataset, makeUnit } from '../testing/fixtures';
import { awardCounts, UNASSIGNED } from './award-counts';

function dataset(): Dataset {
  return makeDataset({
    awardTypes: [
      {
        code: 'ldtt',
        name: { vi: 'Lao động tiên tiến', en: 'Advanced worker' },
        category: 'danhHieu',
        recipientKind: 'individual',
        order: 2,
      },
      {
        code: 'cstdcs',
        name: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots emulation fighter' },
        category: 'danhHieu',
        recipientKind: 'individual',
        order: 1,
      },
    ],
    units: [makeUnit('xa-z', 'Xã Zế'), makeUnit('xa-d', 'Xã Đồng'), makeUnit('xa-b', 'Xã Bản')],
    clusters: [
      makeCluster('cum-2', 2022, ['xa-z']),
      makeCluster('cum-1', 2022, ['xa-d', 'xa-b']),
      makeCluster('cum-1-2021', 2021, ['xa-z', 'xa-d']),
    ],
    awards: [
      makeAward(2022, 'ldtt', 10, 'xa-d'),
      makeAward(2022, 'cstdcs', 3, 'xa-d'),
      makeAward(2022, 'ldtt', 7, 'xa-z'),
      makeAward(2022, 'ldtt', 5, 'xa-b'),
      makeAward(2022, 'ldtt', 2),
      makeAward(2022, 'khac', 1, 'xa-x'),
      makeAward(2021, 'ldtt', 4, 'xa-z'),
    ],
  });
}

describe('awardCounts(dataset, { year?, by })', () => {
  it('sums counts by title in award-type order, unknown titles after', () => {
    expect(awardCounts(dataset(), { year: 2022, by: 'title' })).toEqual([
      { key: 'cstdcs', count: 3 },
      { key: 'ldtt', count: 24 },
      { key: 'khac', count: 1 },
    ]);
  });

  it('sums counts by unit in Vietnamese name order, unknown units after, organisation-level records under UNASSIGNED last', () => {
    expect(awardCounts(dataset(), { year: 2022, by: 'unit' })).toEqual([
      { key: 'xa-b', count: 5 },
      { key: 'xa-d', count: 13 },
      { key: 'xa-z', count: 7 },
      { key: 'xa-x', count: 1 },
      { key: UNASSIGNED, count: 2 },
    ]);
  });

  it('sums counts by the clusters of each record’s own year', () => {
    expect(awardCounts(dataset(), { by: 'cluster' })).toEqual([
      { key: 'cum-2', count: 7 },
      { key: 'cum-1', count: 18 },
      { key: 'cum-1-2021', count: 4 },
      { key: UNASSIGNED, count: 3 },
    ]);
  });

  it('counts a unit in every cluster it belongs to', () => {
    const d = dataset();
    d.clusters.push(makeCluster('khoi', 2022, ['xa-b'], { kind: 'khoi' }));
    expect(awardCounts(d, { year: 2022, by: 'cluster' })).toContainEqual({ key: 'khoi', count: 5 });
    expect(awardCounts(d, { year: 2022, by: 'cluster' })).toContainEqual({ key: 'cum-1', count: 18 });
  });

  it('sums counts by year, ascending', () => {
    expect(awardCounts(dataset(), { by: 'year' })).toEqual([
      { key: '2021', count: 4 },
      { key: '2022', count: 28 },
    ]);
  });

  it('is empty for a year without awards', () => {
    expect(awardCounts(dataset(), { year: 2019, by: 'title' })).toEqual([]);
  });
});
