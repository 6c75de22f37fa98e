import { describe, expect, it } from 'vitest';
import { dataFilesOf, hashFiles } from './data-hash';

describe('dataFilesOf(manifest)', () => {
  it('lists manifest.json then every named file in order, each once', () => {
    const manifest = {
      files: { units: 'units.csv', results: ['r-2021.csv', 'r-2022.csv'], awards: ['units.csv'] },
    };
    expect(dataFilesOf(manifest)).toEqual(['manifest.json', 'units.csv', 'r-2021.csv', 'r-2022.csv']);
  });

  it('gives just manifest.json for a manifest without files', () => {
    expect(dataFilesOf(null)).toEqual(['manifest.json']);
    expect(dataFilesOf({ files: 3 })).toEqual(['manifest.json']);
  });
});

describe('hashFiles(files)', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('is stable for the same names and bytes', () => {
    expect(hashFiles([['a.csv', bytes('1;2')]])).toBe(hashFiles([['a.csv', bytes('1;2')]]));
    expect(hashFiles([['a.csv', bytes('1;2')]])).toMatch(/^[0-9a-f]{8}$/);
  });

  it('changes when a byte, a name or the presence of a file changes', () => {
    const base = hashFiles([['a.csv', bytes('13,2')]]);
    expect(hashFiles([['a.csv', bytes('11,0')]])).not.toBe(base);
    expect(hashFiles([['b.csv', bytes('13,2')]])).not.toBe(base);
    expect(hashFiles([['a.csv', undefined]])).not.toBe(base);
    expect(
      hashFiles([
        ['a.csv', bytes('13,2')],
        ['b.csv', bytes('')],
      ]),
    ).not.toBe(base);
  });
});
