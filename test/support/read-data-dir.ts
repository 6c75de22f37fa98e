import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A reader for `loadDataset` over a folder on disk: the same loader the browser uses over fetch. */
export function readDataDir(dir: string): (file: string) => Promise<Uint8Array | undefined> {
  return async (file) => {
    try {
      return new Uint8Array(await readFile(path.join(dir, file)));
    } catch {
      return undefined;
    }
  };
}

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
