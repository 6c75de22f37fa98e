import { describe, expect, it } from 'vitest';
import { reconcile } from './reconcile';
import { makeAward } from './testing/fixtures';
import { sampleDataset } from './testing/sample-dataset';

describe('reconcile(dataset)', () => {
  it('matches a published summary that the computed statuses reproduce', () => {
    const dataset = sampleDataset();
    dataset.publishedSummaries = [{ year: 2022, total: 4, exceeded: 1, met: 2, notMet: 1, sourceId: 's' }];
    expect(reconcile(dataset).summaries).toEqual([
      {
        year: 2022,
        published: { total: 4, exceeded: 1, met: 2, notMet: 1 },
        computed: { total: 4, exceeded: 1, met: 2, notMet: 1 },
        matches: true,
      },
    ]);
  });

  it('does not match when any one count differs', () => {
    const dataset = sampleDataset();
    dataset.publishedSummaries = [
      { year: 2022, total: 4, exceeded: 2, met: 1, notMet: 1, sourceId: 's' },
      { year: 2022, total: 5, exceeded: 1, met: 2, notMet: 1, sourceId: 's' },
      { year: 2022, total: 4, exceeded: 1, met: 2, notMet: 0, sourceId: 's' },
    ];
    expect(reconcile(dataset).summaries.map((s) => s.matches)).toEqual([false, false, false]);
  });

  it('counts the rules’ statuses, not the printed labels', () => {
    const dataset = sampleDataset();
    dataset.results = dataset.results.map((r) =>
      r.unitId === undefined ? { ...r, reportedStatus: 'met' } : r,
    );
    dataset.publishedSummaries = [{ year: 2022, total: 4, exceeded: 0, met: 4, notMet: 0, sourceId: 's' }];
    expect(reconcile(dataset).summaries[0]).toMatchObject({
      computed: { exceeded: 1, met: 2, notMet: 1 },
      matches: false,
    });
  });

  it('sums award records of that year and title across units', () => {
    const dataset = sampleDataset();
    dataset.awards = [
      makeAward(2022, 'cstdcs', 20, 'xa-a'),
      makeAward(2022, 'cstdcs', 10, 'xa-b'),
      makeAward(2021, 'cstdcs', 99, 'xa-a'),
      makeAward(2022, 'lao-dong-tien-tien', 127),
    ];
    dataset.publishedAwardCounts = [
      { year: 2022, awardCode: 'cstdcs', count: 30, sourceId: 's' },
      { year: 2022, awardCode: 'lao-dong-tien-tien', count: 128, sourceId: 's' },
      { year: 2022, awardCode: 'tap-the-tien-tien', count: 34, sourceId: 's' },
    ];
    expect(reconcile(dataset).awardCounts).toEqual([
      { year: 2022, awardCode: 'cstdcs', published: 30, computed: 30, matches: true },
      { year: 2022, awardCode: 'lao-dong-tien-tien', published: 128, computed: 127, matches: false },
      { year: 2022, awardCode: 'tap-the-tien-tien', published: 34, computed: 0, matches: false },
    ]);
  });

  it('gives empty lists when nothing was published', () => {
    expect(reconcile(sampleDataset())).toEqual({ summaries: [], awardCounts: [] });
  });
});
