import { afterEach, describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/data/csv/parse-csv-rows';
import { loadDataset } from '../../src/data/load-dataset';
import { parseDroppedFile } from '../../src/data/parse-dropped-file';
import { parseResults } from '../../src/data/parse-results';
import { parseAwards } from '../../src/data/reference/parse-awards';
import { parseClusters } from '../../src/data/reference/parse-clusters';
import { parseIndicators } from '../../src/data/reference/parse-indicators';
import { parseManifest } from '../../src/data/reference/parse-manifest';
import { parseSources } from '../../src/data/reference/parse-sources';
import { parseUnits } from '../../src/data/reference/parse-units';
import { DATA_DIR, readDataDir } from '../support/read-data-dir';

const BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_BEFORE = Object.getOwnPropertyNames(Array.prototype).sort();
const encoder = new TextEncoder();
const HOSTILE = ['__proto__', 'constructor', 'prototype'];

/** True when nothing was added to the prototypes every object and array inherit from. */
function prototypesUntouched(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    ([] as unknown as Record<string, unknown>).polluted === undefined &&
    JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) === JSON.stringify(BEFORE) &&
    JSON.stringify(Object.getOwnPropertyNames(Array.prototype).sort()) === JSON.stringify(ARRAY_BEFORE) &&
    typeof Object.prototype.toString === 'function' &&
    typeof Object.prototype.hasOwnProperty === 'function'
  );
}

afterEach(() => {
  // Clean up after a failure, so that one polluting parser does not fail every later test.
  for (const name of Object.getOwnPropertyNames(Object.prototype))
    if (!BEFORE.includes(name)) delete (Object.prototype as Record<string, unknown>)[name];
});

describe('a hostile header or cell named __proto__, constructor or prototype leaves Object.prototype untouched', () => {
  it('detects pollution when there is some (so the check below can fail)', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    expect(prototypesUntouched()).toBe(false);
    delete (Object.prototype as Record<string, unknown>).polluted;
    expect(prototypesUntouched()).toBe(true);
  });

  it('through parseDroppedFile: hostile header cells, indicator codes, units and sub-rows', async () => {
    const { dataset } = await loadDataset(readDataDir(DATA_DIR));
    if (!dataset) throw new Error('the bundled data set did not load');
    const csv = [
      'TT;Mã;Chỉ tiêu;Đơn vị;Kế hoạch năm 2022;Thực hiện năm 2022;Đánh giá;__proto__;constructor;prototype',
      '1;__proto__;__proto__;__proto__;10;12;Vượt;polluted;polluted;polluted',
      'a);constructor;constructor;constructor;10;9;Không đạt;{"polluted":1};x;x',
      '-;prototype;prototype;Xã Cao Phạ;5;5;Đạt;x;x;x',
      'Trong đó:;__proto__.polluted;polluted;Xã Cao Phạ;5;5;Đạt;x;x;x',
      '2;Tỷ lệ hộ nghèo;Tỷ lệ hộ nghèo;Xã Cao Phạ;dưới 6,50;6,12;Vượt;;;',
    ].join('\r\n');
    const parsed = await parseDroppedFile('__proto__.csv', encoder.encode(csv), dataset);
    expect(parsed.issues.length).toBeGreaterThan(0); // the hostile rows are reported, not silently taken
    expect(Object.getPrototypeOf(parsed.parentCodes)).toBe(Object.prototype);
    expect(prototypesUntouched()).toBe(true);
  });

  it('through parseResults on a header made only of hostile names', () => {
    const rows = [
      HOSTILE,
      ['Chỉ tiêu', 'Kế hoạch năm 2022', 'Thực hiện năm 2022', ...HOSTILE],
      ...HOSTILE.map((h) => [h, h, h, h, h, h]),
    ];
    parseResults(rows, { file: 'x.csv', indicators: [], units: [], groups: [] });
    expect(prototypesUntouched()).toBe(true);
  });

  it('through the reference-table parsers, with hostile columns beside the real ones', () => {
    const table = (header: string) =>
      parseCsvRows(`${header},${HOSTILE.join(',')}\n${Array(14).fill('__proto__').join(',')}\n`);
    parseUnits(table('id,official_code,name,aliases,type,parent_id'), 'units.csv', {
      unitTypes: new Set(['xa']),
    });
    parseClusters(table('id,kind,name_vi,name_en,year,leader_id,member_ids'), 'clusters.csv', {
      unitIds: new Set(['__proto__']),
    });
    parseIndicators(
      table(
        'code,name_vi,name_en,aliases,group,unit_vi,unit_en,value_type,direction,target_kind,parent_code',
      ),
      'indicators.csv',
    );
    parseAwards(table('year,award_code,unit_id,count'), 'awards.csv');
    parseSources(table('id,title,publisher,url,kind'), 'sources.csv');
    expect(prototypesUntouched()).toBe(true);
  });

  it('through parseManifest and loadDataset, with __proto__ and constructor keys in manifest.json', async () => {
    const read = readDataDir(DATA_DIR);
    const manifestBytes = await read('manifest.json');
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Record<string, unknown>;
    const hostileJson = JSON.stringify(manifest).replace(
      /^\{/,
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    parseManifest(JSON.parse(hostileJson), 'manifest.json');
    const hostileUnits = `id,name,type,__proto__,constructor,prototype\n__proto__,__proto__,xa,polluted,polluted,polluted\n`;
    const loaded = await loadDataset(async (file) => {
      if (file === 'manifest.json') return encoder.encode(hostileJson);
      if (file === 'units.csv') return encoder.encode(hostileUnits);
      return read(file);
    });
    expect(loaded.dataset).toBeDefined(); // the loader went all the way through
    expect(prototypesUntouched()).toBe(true);
  });
});
