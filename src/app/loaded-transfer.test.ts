import { describe, expect, it } from 'vitest';
import { DATA_DIR, readDataDir } from '../../test/support/read-data-dir';
import { loadDataset } from '../data/load-dataset';
import { packLoaded, unpackLoaded } from './loaded-transfer';

describe('packLoaded / unpackLoaded (the load worker’s message)', () => {
  it('gives back the bundled data set exactly, with the results’ buffers listed for transfer', async () => {
    const loaded = await loadDataset(readDataDir(DATA_DIR));
    expect(loaded.dataset?.results.length).toBeGreaterThan(100);
    const { message, transfer } = packLoaded(loaded);
    // The results travel as columns only: no result object is cloned.
    expect(message.dataset).not.toHaveProperty('results');
    expect(message.columns?.length).toBe(loaded.dataset?.results.length);
    expect(transfer.length).toBeGreaterThan(10);
    expect(transfer.every((buffer) => buffer instanceof ArrayBuffer && buffer.byteLength > 0)).toBe(true);
    // What the page gets after a structured clone (transfer moves the buffers; the values are the same).
    expect(unpackLoaded(structuredClone(message, { transfer }))).toEqual(loaded);
  });

  it('passes a failed load on as it is: no data set, the same issues', () => {
    const issues = [{ file: 'manifest.json', code: 'missingFile' as const, severity: 'error' as const }];
    const { message, transfer } = packLoaded({ issues });
    expect(transfer).toEqual([]);
    expect(unpackLoaded(message)).toEqual({ issues });
  });
});
