import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model';
import { makeAward, makeResult, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { type DeckSlide, planDeck } from './plan-deck';

const OPTIONS = { year: 2022, rowsPerSlide: 7, bestCount: 3 };

/** The sample data set with the report's real figures and some award records. */
function withReport(): Dataset {
  const dataset = sampleDataset();
  dataset.sources = [
    {
      id: 'bao-cao',
      title: 'Hội nghị',
      publisher: 'Huyện',
      publishedAt: '2023-02-21',
      kind: 'report',
      isSample: false,
    },
    { id: 'mau', title: 'Mẫu', publisher: 'chitieu', kind: 'sample', isSample: true },
  ];
  dataset.publishedSummaries = [
    { year: 2022, total: 38, exceeded: 27, met: 11, notMet: 0, sourceId: 'bao-cao' },
  ];
  dataset.publishedAwardCounts = [
    { year: 2022, awardCode: 'ldtt', count: 127, sourceId: 'bao-cao' },
    { year: 2022, awardCode: 'cstdcs', count: 30, sourceId: 'bao-cao' },
  ];
  dataset.awardTypes = [
    {
      code: 'cstdcs',
      name: { vi: 'CSTĐCS', en: 'CSTĐCS' },
      category: 'danhHieu',
      recipientKind: 'individual',
      order: 1,
    },
    {
      code: 'ldtt',
      name: { vi: 'LĐTT', en: 'LĐTT' },
      category: 'danhHieu',
      recipientKind: 'individual',
      order: 2,
    },
  ];
  dataset.awards = [
    makeAward(2022, 'ldtt', 10, 'xa-a'),
    makeAward(2022, 'cstdcs', 2, 'xa-c'),
    makeAward(2021, 'ldtt', 5),
  ];
  return dataset;
}

const kinds = (slides: DeckSlide[]) =>
  slides.map((s) => (s.kind === 'group' ? `group:${s.group.code}` : s.kind));
const codes = (slide: DeckSlide | undefined) =>
  slide !== undefined && 'rows' in slide ? slide.rows.map((e) => e.indicator.code) : undefined;

describe('planDeck(dataset, { year, unitId, rowsPerSlide, bestCount })', () => {
  it('orders the slides title, glance, groups in group order, behind, best, years, awards, closing', () => {
    expect(kinds(planDeck(sampleDataset(), OPTIONS).slides)).toEqual([
      'title',
      'glance',
      'group:kinh-te',
      'group:van-hoa',
      'behind',
      'best',
      'years',
      'awardsByTitle',
      'awardsByCluster',
      'closing',
    ]);
  });

  it('splits a group longer than rowsPerSlide into numbered parts', () => {
    const slides = planDeck(sampleDataset(), { ...OPTIONS, rowsPerSlide: 1 }).slides;
    const groups = slides.filter((s) => s.kind === 'group');
    expect(groups.map((s) => [s.group.code, s.part, s.parts, codes(s)])).toEqual([
      ['kinh-te', 1, 2, ['KT01']],
      ['kinh-te', 2, 2, ['KT02']],
      ['van-hoa', 1, 2, ['XH01']],
      ['van-hoa', 2, 2, ['TNGT']],
    ]);
  });

  it('counts the year from the rows when no report gives it, and marks sample rows as sample', () => {
    const glance = planDeck(sampleDataset(), OPTIONS).slides[1];
    expect(glance).toMatchObject({ kind: 'glance', total: 4, published: false, isSample: true });
    expect(glance?.kind === 'glance' && glance.counts).toMatchObject({
      exceeded: 1,
      met: 2,
      notMet: 1,
      noData: 0,
    });
  });

  it('uses the report’s real figures for the whole organisation, cites it and dates the conference by it', () => {
    const deck = planDeck(withReport(), OPTIONS);
    expect(deck.conferenceDate).toBe('2023-02-21');
    const glance = deck.slides[1];
    expect(glance).toMatchObject({
      kind: 'glance',
      total: 38,
      published: true,
      isSample: false,
      sourceIds: ['bao-cao'],
    });
    expect(glance?.kind === 'glance' && glance.counts).toMatchObject({
      exceeded: 27,
      met: 11,
      notMet: 0,
      noData: 0,
    });
    const awards = deck.slides.find((s) => s.kind === 'awardsByTitle');
    expect(awards).toMatchObject({
      published: true,
      isSample: false,
      counts: [
        { key: 'cstdcs', count: 30 },
        { key: 'ldtt', count: 127 },
      ],
    });
  });

  it('does not use the organisation’s report for a unit, nor date a conference without a report', () => {
    const deck = planDeck(withReport(), { ...OPTIONS, unitId: 'xa-a' });
    expect(deck.slides[1]).toMatchObject({ kind: 'glance', total: 2, published: false });
    expect(deck.slides.find((s) => s.kind === 'awardsByTitle')).toMatchObject({
      published: false,
      counts: [{ key: 'ldtt', count: 10 }],
    });
    expect(planDeck(withReport(), { ...OPTIONS, year: 2021 }).conferenceDate).toBeUndefined();
  });

  it('lists the targets behind plan, and an empty behind slide with the no-data count when none is', () => {
    const deck = planDeck(sampleDataset(), OPTIONS);
    expect(codes(deck.slides.find((s) => s.kind === 'behind'))).toEqual(['TNGT']);
    const y2021 = planDeck(sampleDataset(), { ...OPTIONS, year: 2021 }).slides.filter(
      (s) => s.kind === 'behind',
    );
    expect(y2021).toHaveLength(1);
    expect(y2021[0]).toMatchObject({ rows: [], noData: 1, part: 1, parts: 1 });
  });

  it('cites the report for “all targets met” when it published 0 không đạt, and the rows otherwise', () => {
    const dataset = withReport();
    dataset.results = dataset.results.filter((r) => r.indicatorCode !== 'TNGT');
    expect(planDeck(dataset, OPTIONS).slides.find((s) => s.kind === 'behind')).toMatchObject({
      rows: [],
      sourceIds: ['bao-cao'],
      isSample: false,
    });
    dataset.publishedSummaries = [];
    expect(planDeck(dataset, OPTIONS).slides.find((s) => s.kind === 'behind')).toMatchObject({
      rows: [],
      isSample: true,
    });
  });

  it('ranks the best over plan by % of plan among higher-is-better indicators marked vượt only', () => {
    const dataset = sampleDataset();
    dataset.results.push(valueRow('KT03', 2022, 100, 150));
    // XH01 is lower-is-better and vượt in 2021 (10 → 9): never listed, whatever its ratio.
    expect(codes(planDeck(dataset, OPTIONS).slides.find((s) => s.kind === 'best'))).toEqual(['KT03', 'KT01']);
    expect(
      codes(planDeck(dataset, { ...OPTIONS, bestCount: 1 }).slides.find((s) => s.kind === 'best')),
    ).toEqual(['KT03']);
    expect(
      codes(planDeck(dataset, { ...OPTIONS, year: 2021 }).slides.find((s) => s.kind === 'best')),
    ).toEqual([]);
  });

  it('compares the year with earlier years only', () => {
    const dataset = sampleDataset();
    dataset.results.push(valueRow('KT01', 2023, 100, 90));
    const years = planDeck(dataset, OPTIONS).slides.find((s) => s.kind === 'years');
    expect(years?.kind === 'years' && years.years.map((y) => [y.year, y.total, y.counts.noData])).toEqual([
      [2021, 3, 1],
      [2022, 4, 0],
    ]);
  });

  it('counts the indicators judged on an estimate, leaving out estimate rows with nothing to judge', () => {
    const dataset = sampleDataset();
    for (const r of dataset.results) if (r.year === 2022 && r.unitId === undefined) r.isEstimate = true;
    dataset.results.push(makeResult({ indicatorCode: 'KT03', year: 2022, planText: '5', isEstimate: true }));
    expect(planDeck(dataset, OPTIONS).slides[1]).toMatchObject({ kind: 'glance', total: 5, estimates: 4 });
  });

  it('dates the data by the newest asOf of the year’s rows, else the data set’s date', () => {
    const dataset = sampleDataset();
    dataset.dataDate = '2023-12-15';
    expect(planDeck(dataset, OPTIONS).dataDate).toBe('2023-12-15');
    dataset.results.push(makeResult({ indicatorCode: 'KT03', year: 2022, asOf: '2022-12-31' }));
    dataset.results.push(
      makeResult({ indicatorCode: 'KT03', year: 2022, asOf: '2022-11-30', unitId: 'xa-b' }),
    );
    expect(planDeck(dataset, OPTIONS).dataDate).toBe('2022-12-31');
  });

  it('sums awards by cluster for the year', () => {
    const slide = planDeck(withReport(), OPTIONS).slides.find((s) => s.kind === 'awardsByCluster');
    expect(slide).toMatchObject({
      counts: [
        { key: 'cum-1', count: 10 },
        { key: 'cum-2', count: 2 },
      ],
      isSample: true,
    });
  });
});
