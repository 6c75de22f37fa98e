import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/data/csv/parse-csv-rows';
import { decodeBytes } from '../../src/data/text/decode-bytes';

const spectrum = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
/** csv-spectrum 2.0.0's own JSON has a different phone number (1234567890) from its CSV (2095257564). */
const CORPUS_ERRATA: Record<string, string[]> = { location_coordinates: ['Contact Phone Number'] };
const names = readdirSync(join(spectrum, 'csvs')).map((file) => file.replace(/\.csv$/, ''));

describe('parseCsvRows on the csv-spectrum corpus', () => {
  it('finds all twelve files of the corpus', () => {
    expect(names).toHaveLength(12);
  });
  it.each(names)('parses %s.csv to its JSON', (name) => {
    const { text } = decodeBytes(new Uint8Array(readFileSync(join(spectrum, 'csvs', `${name}.csv`))));
    const json = JSON.parse(readFileSync(join(spectrum, 'json', `${name}.json`), 'utf8')) as unknown;
    const skip = new Set(CORPUS_ERRATA[name] ?? []);
    const keep = (object: Record<string, string>) =>
      Object.fromEntries(Object.entries(object).filter(([key]) => !skip.has(key)));
    const expected = (Array.isArray(json) ? json : [json]) as Record<string, string>[];
    const [header = [], ...rows] = parseCsvRows(text);
    const objects = rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i] ?? ''])));
    expect(objects.map(keep)).toEqual(expected.map(keep));
  });
});
