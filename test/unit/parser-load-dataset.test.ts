import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/data/issues';
import { loadDataset } from '../../src/data/load-dataset';

const manifest = {
  schema: 1,
  organisation: {
    id: 'org',
    name: { vi: 'UBND huyện', en: 'District PC' },
    shortName: { vi: 'UBND', en: 'PC' },
    province: { vi: 'Tỉnh', en: 'Province' },
    unitId: 'huyen',
  },
  groups: [{ code: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy' }, order: 1 }],
  unitTypes: [{ code: 'xa', name: { vi: 'Xã', en: 'Commune' } }],
  defaultYear: 2022,
  dataDate: '2023-02-21',
  files: {
    units: 'units.csv',
    indicators: 'indicators.csv',
    sources: 'sources.csv',
    awardTypes: 'award-types.csv',
    publishedSummaries: 'published-summaries.csv',
    results: ['results-2022.csv', 'results-2022-copy.csv'],
    awards: ['awards-2022.csv', 'awards-missing.csv'],
  },
};

const files: Record<string, string> = {
  'manifest.json': JSON.stringify(manifest),
  'units.csv': 'id,name,type\ncao-pha,Cao Phạ,xa',
  'indicators.csv':
    'code,name_vi,group,unit_vi,value_type,direction,target_kind\nLT,Sản lượng lương thực,kinh-te,tấn,number,higher,value',
  'sources.csv': 'id,title,publisher,kind\nbc,Báo cáo,UBND,report',
  'award-types.csv': 'code,name_vi,category,recipient_kind\nLDTT,Lao động tiên tiến,danhHieu,individual',
  'published-summaries.csv': 'year,total,exceeded,met,not_met,source_id\n2022,1,1,0,0,bc',
  'results-2022.csv':
    'KẾT QUẢ NĂM 2022;;\nChỉ tiêu;Xã;Kế hoạch;Thực hiện\nSản lượng lương thực;Cao Phạ;1.200;1.250\nSản lượng lương thực;;5.000;5.100',
  'results-2022-copy.csv':
    'Chỉ tiêu;Kế hoạch năm 2022;Thực hiện\nSản lượng lương thực;5.000;5.100\nMột chỉ tiêu mới;≥ 3;4',
  'awards-2022.csv': 'year,award_code,unit_id,count\n2022,LDTT,cao-pha,12\n2022,LDTT,huyen,3',
};

const reader = (table: Record<string, string>) => async (path: string) =>
  table[path] === undefined ? undefined : new TextEncoder().encode(table[path]);
const where = (issues: DataIssue[]) => issues.map((i) => `${i.file} ${i.severity} ${i.code} ${i.row ?? '-'}`);

describe('loadDataset(read)', () => {
  it('assembles a dataset from every file the manifest names', async () => {
    const { dataset } = await loadDataset(reader(files));
    expect(dataset?.organisation.id).toBe('org');
    expect(dataset?.units.map((u) => u.id)).toEqual(['cao-pha']);
    expect(dataset?.results.map((r) => [r.indicatorCode, r.unitId, r.actual.value])).toEqual([
      ['LT', 'cao-pha', 1250],
      ['LT', undefined, 5100],
      ['moi-mot-chi-tieu-moi', undefined, 4],
    ]);
    expect(dataset?.indicators.map((i) => [i.code, i.direction])).toEqual([
      ['LT', 'higher'],
      ['moi-mot-chi-tieu-moi', 'higher'],
    ]);
    expect(dataset?.awards.map((a) => [a.unitId, a.count])).toEqual([
      ['cao-pha', 12],
      ['huyen', 3],
    ]);
    expect(dataset?.publishedSummaries).toHaveLength(1);
    expect(dataset?.dataDate).toBe('2023-02-21');
  });
  it('names a missing file, a result repeated across files and a provisional indicator', async () => {
    const { issues } = await loadDataset(reader(files));
    expect(where(issues)).toEqual([
      'results-2022-copy.csv warning unknownIndicator 3',
      'results-2022-copy.csv error duplicateRow -',
      'awards-missing.csv error missingFile -',
    ]);
  });
  it('gives no dataset and one issue when the manifest is missing, not JSON, or invalid', async () => {
    expect(where((await loadDataset(reader({}))).issues)).toEqual(['manifest.json error missingFile -']);
    const notJson = await loadDataset(reader({ 'manifest.json': '{ schema: 1' }));
    expect(notJson.dataset).toBeUndefined();
    expect(where(notJson.issues)).toEqual(['manifest.json error badManifest -']);
    const invalid = await loadDataset(reader({ 'manifest.json': '{"schema": 2}' }));
    expect(invalid.dataset).toBeUndefined();
    expect(invalid.issues[0]?.detail).toBe('schema');
  });
  it('never rejects, even when reading throws', async () => {
    const failing = async () => {
      throw new Error('network down');
    };
    const loaded = await loadDataset(failing);
    expect(loaded.dataset).toBeUndefined();
    expect(where(loaded.issues)).toEqual(['manifest.json error unreadable -']);
    const halfway = async (path: string) => {
      if (path === 'manifest.json') return new TextEncoder().encode(files['manifest.json']);
      throw new Error('network down');
    };
    const partial = await loadDataset(halfway);
    expect(partial.dataset?.units).toEqual([]);
    expect(partial.issues.every((i) => i.code === 'unreadable')).toBe(true);
  });

  it('lists every issue of a file with 250 000 rows in error, instead of failing the whole load', async () => {
    // Each row names a commune the units do not know: one error per row. Appending them with a spread
    // (`issues.push(...rows)`) overflowed the stack and the load ended in one “unreadable” issue.
    const rows = 250_000;
    const lines = ['Chỉ tiêu;Xã;Kế hoạch;Thực hiện'];
    for (let i = 0; i < rows; i++) lines.push('Sản lượng lương thực;Xã Không Có;1.200;1.250');
    const big = { ...files, 'results-2022.csv': `KẾT QUẢ NĂM 2022;;;\n${lines.join('\n')}` };
    const { dataset, issues } = await loadDataset(reader(big));
    expect(dataset).toBeDefined();
    expect(issues.filter((i) => i.file === 'results-2022.csv' && i.code === 'unknownUnit')).toHaveLength(
      rows,
    );
    expect(issues.filter((i) => i.code === 'unreadable')).toEqual([]);
  }, 60_000);
});
