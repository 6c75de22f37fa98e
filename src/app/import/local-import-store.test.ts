import { describe, expect, it } from 'vitest';
import { toResultColumns } from '../../data/columns/result-columns';
import type { LocalImport } from '../../domain/imports/merge-imports';
import { makeResult, valueRow } from '../../domain/testing/fixtures';
import { fromStored, type StoredImport, toStored } from './local-import-store';

const results = [
  { ...valueRow('KT01', 2024, 100, 120, 'xa-a'), unitText: 'tấn' },
  makeResult({
    indicatorCode: 'KT02',
    year: 2024,
    planText: 'hoàn thành',
    actual: { done: true, text: 'Hoàn thành' },
  }),
];
const local: LocalImport = {
  id: 'a1',
  fileName: 'ket-qua-2024.csv',
  importedAt: '2026-12-07T20:00:00.000Z',
  year: 2024,
  results,
  newIndicators: [],
};

describe('what the import store keeps', () => {
  it('keeps the rows as typed columns and their texts as one string each, not as result objects', () => {
    const stored = toStored(local, undefined);
    expect(stored.results).toBeUndefined();
    expect(stored.columns?.length).toBe(2);
    expect(stored.columns?.actual).toBeInstanceOf(Float64Array);
    expect(stored.columns?.planText).toEqual({ text: '100hoàn thành', ends: Uint32Array.of(3, 13) });
    expect(toStored(local, toResultColumns(results)).columns?.length).toBe(2);
  });

  it('gives back the import it was given, through a structured clone as IndexedDB makes one', () => {
    expect(fromStored(structuredClone(toStored(local, undefined)))).toEqual(local);
  });

  it('reads an import kept by an earlier version, with its result objects or with unpacked texts', () => {
    const legacy: StoredImport = { ...local };
    expect(fromStored(structuredClone(legacy))).toEqual(local);
    const { results, ...rest } = local;
    const unpacked: StoredImport = { ...rest, columns: toResultColumns(results) };
    expect(fromStored(structuredClone(unpacked))).toEqual(local);
  });

  it('gives back texts of every length, empty ones included', () => {
    const texts = ['', 'KH ≥ 30', '', 'dưới 4', 'x'];
    const rows = texts.map((planText, i) => ({ ...valueRow('KT01', 2024, 1, 1, `xa-${i}`), planText }));
    const back = fromStored(structuredClone(toStored({ ...local, results: rows }, undefined)));
    expect(back.results.map((r) => r.planText)).toEqual(texts);
  });
});
