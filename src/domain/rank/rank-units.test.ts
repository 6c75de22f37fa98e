import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeIndicator, makeUnit, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { compareVietnamese } from '../text/compare-vietnamese';
import { rankUnits } from './rank-units';
import { unitSummaries } from './unit-summaries';

describe('rankUnits(dataset, year)', () => {
  it('ranks units by passing share, then exceeded share', () => {
    const ranks = rankUnits(sampleDataset(), 2022);
    expect(ranks.map((r) => [r.unitId, r.rank, r.total, r.passingShare, r.exceededShare])).toEqual([
      ['xa-c', 1, 2, 1, 1],
      ['xa-b', 2, 2, 1, 0.5],
      ['xa-a', 3, 2, 0.5, 0.5],
    ]);
    expect(ranks[2]?.counts).toEqual({ exceeded: 1, met: 0, basicallyMet: 0, notMet: 1, noData: 0 });
    expect(ranks[2]?.name).toBe('Xã Ăn');
  });

  it('lets equal scores share a rank, ordered by Vietnamese name (1, 1, 3, 3)', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'A' }), makeIndicator({ code: 'B' })],
      units: [
        makeUnit('d2', 'Xã Đồng'),
        makeUnit('d1', 'Xã Dế'),
        makeUnit('b', 'Xã Bản'),
        makeUnit('a', 'Xã Ăn'),
      ],
      results: [
        valueRow('A', 2022, 1, 1, 'd2'),
        valueRow('A', 2022, 1, 1, 'd1'),
        valueRow('A', 2022, 1, 1, 'b'),
        valueRow('B', 2022, 1, 0, 'b'),
        valueRow('A', 2022, 1, 1, 'a'),
        valueRow('B', 2022, 1, 0, 'a'),
      ],
    });
    expect(rankUnits(dataset, 2022).map((r) => [r.name, r.rank])).toEqual([
      ['Xã Dế', 1],
      ['Xã Đồng', 1],
      ['Xã Ăn', 3],
      ['Xã Bản', 3],
    ]);
  });

  it('leaves out the organisation’s rows and units with only sub-measure rows, and names unlisted units by id', () => {
    const dataset = makeDataset({
      indicators: [
        makeIndicator({ code: 'P', targetKind: 'composite' }),
        makeIndicator({ code: 'C', parentCode: 'P' }),
      ],
      results: [
        valueRow('P', 2022, 1, 1),
        valueRow('C', 2022, 1, 1, 'only-child'),
        valueRow('P', 2022, 1, 1, 'ghost'),
      ],
    });
    expect(rankUnits(dataset, 2022).map((r) => [r.unitId, r.name])).toEqual([['ghost', 'ghost']]);
  });

  it('is empty for a year without unit rows', () => {
    expect(rankUnits(sampleDataset(), 2021)).toEqual([]);
  });

  it('orders ties by name as the collator does, listed or not, with equal names (random units)', () => {
    const name = fc.constantFrom(
      'Xã Ăn',
      'Xã An',
      'Xã Ân',
      'Xã Đồng',
      'Xã Dế',
      'xã an',
      'Phường 1',
      'Phường 10',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ name, plan: fc.integer({ min: 1, max: 3 }), actual: fc.integer({ min: 0, max: 3 }) }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.boolean(),
        (units, allListed) => {
          const dataset = makeDataset({
            indicators: [makeIndicator({ code: 'A' })],
            units: units.flatMap((u, i) => (allListed || i % 2 === 0 ? [makeUnit(`u${i}`, u.name)] : [])),
            results: units.map((u, i) => valueRow('A', 2022, u.plan, u.actual, `u${i}`)),
          });
          const ranked = rankUnits(dataset, 2022);
          // The reference: the same scores, names compared with the collator (unlisted units go by their id).
          const expected = rankUnits(dataset, 2022, unitSummaries(dataset, 2022))
            .slice()
            .sort(
              (a, b) =>
                b.passingShare - a.passingShare ||
                b.exceededShare - a.exceededShare ||
                compareVietnamese(a.name, b.name),
            );
          expect(ranked.map((r) => [r.name, r.rank])).toEqual(expected.map((r) => [r.name, r.rank]));
        },
      ),
    );
  });
});
