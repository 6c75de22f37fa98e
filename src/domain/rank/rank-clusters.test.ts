import { describe, expect, it } from 'vitest';
import { makeAward, makeCluster, makeDataset, makeIndicator, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { rankClusters } from './rank-clusters';

describe('rankClusters(dataset, year)', () => {
  it('pools the members’ top-level rows and ranks by passing share', () => {
    const dataset = sampleDataset();
    dataset.awards = [
      makeAward(2022, 'ldtt', 4, 'xa-a'),
      makeAward(2022, 'ldtt', 3, 'xa-b'),
      makeAward(2021, 'ldtt', 9, 'xa-a'),
    ];
    expect(rankClusters(dataset, 2022)).toEqual([
      {
        clusterId: 'cum-2',
        kind: 'cum',
        memberCount: 1,
        total: 2,
        counts: { exceeded: 2, met: 0, basicallyMet: 0, notMet: 0, noData: 0 },
        passingShare: 1,
        exceededShare: 1,
        awards: 0,
        rank: 1,
      },
      {
        clusterId: 'cum-1',
        kind: 'cum',
        memberCount: 2,
        total: 4,
        counts: { exceeded: 2, met: 1, basicallyMet: 0, notMet: 1, noData: 0 },
        passingShare: 0.75,
        exceededShare: 0.5,
        awards: 7,
        rank: 2,
      },
    ]);
  });

  it('breaks equal shares by awards, then shares a rank when awards are equal too', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'A' })],
      clusters: [
        makeCluster('c1', 2022, ['a'], { name: { vi: 'Cụm Đồng', en: '' } }),
        makeCluster('c2', 2022, ['b'], { name: { vi: 'Cụm Dế', en: '' } }),
        makeCluster('c3', 2022, ['c'], { name: { vi: 'Cụm Ăn', en: '' } }),
      ],
      results: [
        valueRow('A', 2022, 1, 1, 'a'),
        valueRow('A', 2022, 1, 1, 'b'),
        valueRow('A', 2022, 1, 1, 'c'),
      ],
      awards: [makeAward(2022, 'x', 1, 'a'), makeAward(2022, 'x', 1, 'b')],
    });
    expect(rankClusters(dataset, 2022).map((r) => [r.clusterId, r.rank])).toEqual([
      ['c2', 1],
      ['c1', 1],
      ['c3', 3],
    ]);
  });

  it('ranks khối apart from cụm, after them, and puts clusters without results last with undefined shares', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'A' })],
      clusters: [
        makeCluster('khoi', 2022, ['cq'], { kind: 'khoi' }),
        makeCluster('empty', 2022, ['nobody']),
        makeCluster('cum', 2022, ['a']),
      ],
      results: [valueRow('A', 2022, 1, 0, 'a'), valueRow('A', 2022, 1, 2, 'cq')],
    });
    const ranks = rankClusters(dataset, 2022);
    expect(ranks.map((r) => [r.clusterId, r.rank])).toEqual([
      ['cum', 1],
      ['empty', 2],
      ['khoi', 1],
    ]);
    expect(ranks[1]).toMatchObject({ total: 0, passingShare: undefined, exceededShare: undefined });
  });

  it('is empty for a year without clusters', () => {
    expect(rankClusters(sampleDataset(), 2021)).toEqual([]);
  });
});
