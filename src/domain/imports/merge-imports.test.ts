import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../evaluate-year';
import { summariseYear } from '../summarise-year';
import { makeIndicator, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { type LocalImport, mergeImports } from './merge-imports';

const local = (overrides: Partial<LocalImport>): LocalImport => ({
  id: 'a',
  fileName: 'ket-qua-2024.csv',
  importedAt: '2024-12-31T08:00:00.000Z',
  results: [],
  newIndicators: [],
  ...overrides,
});

describe('mergeImports(published, imports)', () => {
  it('returns the published dataset itself when there is nothing imported', () => {
    const published = sampleDataset();
    expect(mergeImports(published, [])).toBe(published);
  });

  it('adds a new year next to the published ones without touching them', () => {
    const published = sampleDataset();
    const before = JSON.stringify(published);
    const merged = mergeImports(published, [
      local({ year: 2024, results: [valueRow('KT01', 2024, 100, 90), valueRow('KT02', 2024, 50, 55)] }),
    ]);
    expect(JSON.stringify(published)).toBe(before);
    expect(merged.results).toHaveLength(published.results.length + 2);
    expect(summariseYear(evaluateYear(merged, 2024)).counts).toMatchObject({ exceeded: 1, notMet: 1 });
    // 2022 of the organisation is as published: KT01 exceeded, KT02 met, XH01 met, TNGT notMet.
    expect(summariseYear(evaluateYear(merged, 2022)).counts).toEqual(
      summariseYear(evaluateYear(published, 2022)).counts,
    );
  });

  it('replaces a published result of the same indicator, year and unit, and only that one', () => {
    const published = sampleDataset();
    const merged = mergeImports(published, [local({ results: [valueRow('KT01', 2022, 100, 90)] })]);
    expect(merged.results).toHaveLength(published.results.length);
    const kt01 = evaluateYear(merged, 2022).find((e) => e.indicator.code === 'KT01');
    expect(kt01?.evaluation.status).toBe('notMet');
    const unitRow = merged.results.find((r) => r.indicatorCode === 'KT01' && r.unitId === 'xa-a');
    expect(unitRow?.actual.value).toBe(120);
  });

  it('lets a later import win over an earlier one', () => {
    const merged = mergeImports(sampleDataset(), [
      local({ id: '1', results: [valueRow('KT01', 2025, 100, 90)] }),
      local({ id: '2', results: [valueRow('KT01', 2025, 100, 130)] }),
    ]);
    expect(merged.results.filter((r) => r.year === 2025).map((r) => r.actual.value)).toEqual([130]);
  });

  it('appends indicators the catalogue does not know, once', () => {
    const published = sampleDataset();
    const fresh = makeIndicator({ code: 'MOI-1', name: { vi: 'Chỉ tiêu mới', en: 'Chỉ tiêu mới' } });
    const merged = mergeImports(published, [
      local({ newIndicators: [fresh, makeIndicator({ code: 'KT01' })] }),
      local({ newIndicators: [fresh] }),
    ]);
    expect(merged.indicators.map((i) => i.code)).toEqual([
      ...published.indicators.map((i) => i.code),
      'MOI-1',
    ]);
    expect(merged.indicators.find((i) => i.code === 'KT01')).toBe(
      published.indicators.find((i) => i.code === 'KT01'),
    );
  });

  it('keeps the published rows first, in their order, then the imported ones, a replaced row placed last', () => {
    const published = {
      ...sampleDataset(),
      results: [
        valueRow('A', 2022, 1, 1),
        valueRow('B', 2022, 1, 2),
        valueRow('A', 2022, 1, 3), // a repeated published row: the first one counts
        valueRow('C', 2022, 1, 4, 'xa-a'),
      ],
    };
    const merged = mergeImports(published, [
      local({ id: '1', results: [valueRow('B', 2022, 1, 5), valueRow('D', 2022, 1, 6)] }),
      local({ id: '2', results: [valueRow('C', 2022, 1, 7), valueRow('B', 2022, 1, 8)] }),
    ]);
    expect(merged.results.map((r) => `${r.indicatorCode}${r.unitId ?? ''}:${r.actual.value}`)).toEqual([
      'A:1',
      'Cxa-a:4',
      'D:6',
      'C:7',
      'B:8',
    ]);
  });
});
