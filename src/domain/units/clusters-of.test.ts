import { describe, expect, it } from 'vitest';
import { makeCluster, makeDataset } from '../testing/fixtures';
import { clusterMembership, clustersOf } from './clusters-of';

const dataset = makeDataset({
  clusters: [
    makeCluster('cum-1-2021', 2021, ['a', 'b']),
    makeCluster('cum-2-2022', 2022, ['c']),
    makeCluster('cum-1-2022', 2022, ['a', 'b', 'b']),
    makeCluster('khoi-2022', 2022, ['a'], { kind: 'khoi' }),
  ],
});

describe('clustersOf(dataset, year)', () => {
  it('gives the clusters of that year in data order', () => {
    expect(clustersOf(dataset, 2022).map((c) => c.id)).toEqual(['cum-2-2022', 'cum-1-2022', 'khoi-2022']);
    expect(clustersOf(dataset, 2020)).toEqual([]);
  });
});

describe('clusterMembership(dataset, year)', () => {
  it('maps each member to its clusters that year, once each', () => {
    const membership = clusterMembership(dataset, 2022);
    expect(membership.get('a')?.map((c) => c.id)).toEqual(['cum-1-2022', 'khoi-2022']);
    expect(membership.get('b')?.map((c) => c.id)).toEqual(['cum-1-2022']);
    expect(membership.has('z')).toBe(false);
  });
});
