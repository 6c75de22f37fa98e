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
  it('keeps the rows as typed columns, not as result objects (a typed array is copied as one block)', () => {
    const stored = toStored(local, undefined);
    expect(stored.results).toBeUndefined();
    expect(stored.columns?.length).toBe(2);
    expect(stored.columns?.actual).toBeInstanceOf(Float64Array);
    expect(toStored(local, toResultColumns(results)).columns?.length).toBe(2);
  });

  it('gives back the import it was given, through a structured clone as IndexedDB makes one', () => {
    expect(fromStored(structuredClone(toStored(local, undefined)))).toEqual(local);
  });

  it('reads an import kept by an earlier version, with its result objects', () => {
    const legacy: StoredImport = { ...local };
    expect(fromStored(structuredClone(legacy))).toEqual(local);
  });
});
