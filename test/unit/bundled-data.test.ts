import { beforeAll, describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/data/issues.ts';
import { loadDataset } from '../../src/data/load-dataset.ts';
import { evaluateYear, reconcile, summariseYear } from '../../src/domain/index.ts';
import type { Dataset } from '../../src/domain/model.ts';
import { DATA_DIR, readDataDir } from '../support/read-data-dir.ts';

let dataset: Dataset;
let issues: DataIssue[];

beforeAll(async () => {
  const loaded = await loadDataset(readDataDir(DATA_DIR));
  issues = loaded.issues;
  if (!loaded.dataset) throw new Error(`data/ did not load: ${JSON.stringify(loaded.issues, null, 1)}`);
  dataset = loaded.dataset;
});

describe('the bundled data in data/, through the same parser and validator as a dropped file', () => {
  it('loads with no error and no warning (good data produces zero issues)', () => {
    expect(issues).toEqual([]);
  });

  it('has 38 top-level indicators in 2022 that compute to 27 vượt, 11 đạt and 0 không đạt, as the report says', () => {
    const summary = summariseYear(evaluateYear(dataset, 2022));
    expect(summary.total).toBe(38);
    expect(summary.counts.exceeded).toBe(27);
    expect(summary.counts.met).toBe(11);
    expect(summary.counts.notMet).toBe(0);
    expect(summary.counts.noData).toBe(0);
    expect(summary.mismatches).toBe(0);
  });

  it('reconciles every published figure with the sample records (summary and the five award counts of 2022)', () => {
    const result = reconcile(dataset);
    expect(result.summaries).toHaveLength(1);
    expect(result.awardCounts).toHaveLength(5);
    for (const row of [...result.summaries, ...result.awardCounts])
      expect(row.matches, JSON.stringify(row)).toBe(true);
  });

  it('cites the report of 21/02/2023 for every published figure, and labels everything else as sample', () => {
    const report = dataset.sources.find((source) => source.kind === 'report');
    expect(report?.publishedAt).toBe('2023-02-21');
    expect(report?.isSample).toBe(false);
    for (const figure of [...dataset.publishedSummaries, ...dataset.publishedAwardCounts])
      expect(figure.sourceId).toBe(report?.id);
    expect(dataset.results.every((result) => result.isSample)).toBe(true);
    expect(dataset.awards.every((award) => award.isSample)).toBe(true);
    expect(dataset.indicators.every((indicator) => indicator.isSample)).toBe(true);
  });

  it('has the 14 units of 2022 (a township and 13 communes), results for 2021, 2022 and 2023, and 2023 only in part', () => {
    const local = dataset.units.filter((unit) => unit.type === 'xa' || unit.type === 'thi-tran');
    expect(local).toHaveLength(14);
    expect(local.filter((unit) => unit.type === 'thi-tran')).toHaveLength(1);
    expect([...new Set(dataset.results.map((result) => result.year))].sort()).toEqual([2021, 2022, 2023]);
    const summary2023 = summariseYear(evaluateYear(dataset, 2023));
    expect(summary2023.total).toBe(38);
    expect(summary2023.counts.noData).toBeGreaterThan(0);
    expect(summary2023.counts.noData).toBeLessThan(38);
  });
});
