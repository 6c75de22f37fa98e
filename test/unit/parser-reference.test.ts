import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../src/data/csv/parse-csv-rows';
import type { DataIssue } from '../../src/data/issues';
import { parseAwardTypes } from '../../src/data/reference/parse-award-types';
import { parseAwards } from '../../src/data/reference/parse-awards';
import { parseClusters } from '../../src/data/reference/parse-clusters';
import { parseIndicators } from '../../src/data/reference/parse-indicators';
import { parseManifest } from '../../src/data/reference/parse-manifest';
import { parsePublishedAwardCounts } from '../../src/data/reference/parse-published-award-counts';
import { parsePublishedSummaries } from '../../src/data/reference/parse-published-summaries';
import { parseSources } from '../../src/data/reference/parse-sources';
import { parseUnits } from '../../src/data/reference/parse-units';

const csv = (text: string) => parseCsvRows(text.trim());
const where = (issues: DataIssue[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.row ?? '-'}${i.column?.letter ?? ''} ${i.raw ?? ''}`.trim());

describe('parseUnits(rows, file, known)', () => {
  const units = csv(`
ID;Name;aliases;type;parent_id;valid_from;successor_ids;is_sample
cao-pha;Cao Phạ;;xa;huyen;01/01/1990;;x
mo-de;Mồ Dề;Mồ Đề|Mo De;xa;huyen;;cao-pha;không
ghost;Ma;;thon;;;;
;Không mã;;xa;;;;
cao-pha;Cao Phạ lần hai;;xa;;;;
nam-co;Nậm Có;;xa;nowhere;31/02/2020;khong-co;
`);
  const parsed = parseUnits(units, 'units.csv', { unitTypes: new Set(['xa']), extraIds: new Set(['huyen']) });
  it('reads headers in any case, lists, dates, booleans and known references', () => {
    expect(parsed.rows[0]).toEqual({
      id: 'cao-pha',
      name: 'Cao Phạ',
      aliases: [],
      type: 'xa',
      parentId: 'huyen',
      validFrom: '1990-01-01',
      successorIds: [],
      isSample: true,
    });
    expect(parsed.rows[1]?.aliases).toEqual(['Mồ Đề', 'Mo De']);
    expect(parsed.rows[1]?.successorIds).toEqual(['cao-pha']);
  });
  it('drops rows with an unknown type, a blank id or a repeated id; keeps one with bad optional cells', () => {
    expect(parsed.rows.map((u) => u.id)).toEqual(['cao-pha', 'mo-de', 'nam-co']);
    expect(parsed.rows[2]).toEqual({
      id: 'nam-co',
      name: 'Nậm Có',
      aliases: [],
      type: 'xa',
      successorIds: [],
      isSample: false,
    });
    expect(where(parsed.issues)).toEqual([
      'error unknownReference 4D thon',
      'error missingValue 5A',
      'error duplicateId 6A cao-pha',
      'warning badDate 7F 31/02/2020',
      'warning unknownReference 7E nowhere',
      'warning unknownReference 7G khong-co',
    ]);
    expect(parsed.issues[2]?.detail).toBe('2');
  });
  it('reports a missing required column once and reads no row', () => {
    const noType = parseUnits(csv('id,name\na,A'), 'units.csv');
    expect(noType.rows).toEqual([]);
    expect(where(noType.issues)).toEqual(['error missingColumn 1']);
    expect(noType.issues[0]?.expected).toBe('type');
  });
  it('reports an empty file', () => {
    expect(where(parseUnits([], 'units.csv').issues)).toEqual(['error emptyFile -']);
  });
});

describe('parseClusters(rows, file, known)', () => {
  it('reads members and leaders, leaving out a member that is not a unit, and kinds without diacritics', () => {
    const parsed = parseClusters(
      csv(`
id,kind,name_vi,name_en,year,leader_id,member_ids
cum-1,cum,Cụm 1,,2022,cao-pha,cao-pha|mo-de|nowhere
khoi-1,khối,Khối 1,Bloc 1,2022,,mo-de
nhom-1,nhóm,Nhóm 1,,2022,,mo-de
`),
      'clusters.csv',
      { unitIds: new Set(['cao-pha', 'mo-de']) },
    );
    expect(parsed.rows).toEqual([
      {
        id: 'cum-1',
        kind: 'cum',
        name: { vi: 'Cụm 1', en: 'Cụm 1' },
        year: 2022,
        leaderId: 'cao-pha',
        memberIds: ['cao-pha', 'mo-de'],
        isSample: false,
      },
      {
        id: 'khoi-1',
        kind: 'khoi',
        name: { vi: 'Khối 1', en: 'Bloc 1' },
        year: 2022,
        memberIds: ['mo-de'],
        isSample: false,
      },
    ]);
    expect(where(parsed.issues)).toEqual(['error unknownReference 2G nowhere', 'error badEnum 4B nhóm']);
    expect(parsed.issues[1]?.expected).toBe('cum, khoi');
  });
});

describe('parseIndicators(rows, file, known)', () => {
  const parsed = parseIndicators(
    csv(`
code;name_vi;name_en;aliases;group;unit_vi;unit_en;value_type;direction;target_kind;decimals;parent_code;allow_exceed;tolerance
HN;Tỷ lệ hộ nghèo;Poverty rate;Hộ nghèo;van-hoa-xa-hoi;%;%;percent;lower;max;;;;0,005
TQ;Hoàn thành tuyển quân;;;qp;;;boolean;boolean;boolean;;;true;
X;Chỉ tiêu X;;;khong-co;ha;;number;up;value;1,5;;;
C;Con;;;qp;vụ;;number;lower;vsBaseline;0;KHONG;;
`),
    'indicators.csv',
    { groups: new Set(['van-hoa-xa-hoi', 'qp']) },
  );
  it('reads enums, lists, defaults and a blank unit', () => {
    expect(parsed.rows[0]).toEqual({
      code: 'HN',
      name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
      aliases: ['Hộ nghèo'],
      group: 'van-hoa-xa-hoi',
      unit: { vi: '%', en: '%' },
      valueType: 'percent',
      direction: 'lower',
      targetKind: 'max',
      decimals: 1,
      allowExceed: false,
      tolerance: 0.005,
      isSample: false,
    });
    expect(parsed.rows[1]).toMatchObject({
      code: 'TQ',
      unit: { vi: '', en: '' },
      allowExceed: true,
      decimals: 0,
    });
  });
  it('drops a row with an unknown group or direction and clears an unknown parent', () => {
    expect(parsed.rows.map((i) => i.code)).toEqual(['HN', 'TQ', 'C']);
    expect(parsed.rows[2]?.parentCode).toBeUndefined();
    expect(where(parsed.issues)).toEqual([
      'error unknownReference 4E khong-co',
      'error badEnum 4I up',
      'warning notANumber 4K 1,5',
      'warning unknownReference 5L KHONG',
    ]);
  });
});

describe('parseAwardTypes, parseSources, parsePublishedSummaries, parsePublishedAwardCounts, parseAwards', () => {
  it('read award types with their order', () => {
    const parsed = parseAwardTypes(
      csv(
        'code,name_vi,category,recipient_kind,order\nLDTT,Lao động tiên tiến,danhHieu,individual,2\nGK,Giấy khen,medal,any,',
      ),
      'award-types.csv',
    );
    expect(parsed.rows).toEqual([
      {
        code: 'LDTT',
        name: { vi: 'Lao động tiên tiến', en: 'Lao động tiên tiến' },
        category: 'danhHieu',
        recipientKind: 'individual',
        order: 2,
      },
    ]);
    expect(where(parsed.issues)).toEqual(['error badEnum 3C medal', 'error badEnum 3D any']);
  });
  it('read sources with dates in either form', () => {
    const parsed = parseSources(
      csv(
        'id,title,publisher,published_at,kind,is_sample\nbc,Báo cáo,UBND,21/02/2023,report,false\nm,Mẫu,chitieu,,sample,true',
      ),
      'sources.csv',
    );
    expect(parsed.rows.map((s) => [s.id, s.publishedAt, s.isSample])).toEqual([
      ['bc', '2023-02-21', false],
      ['m', undefined, true],
    ]);
    expect(parsed.issues).toEqual([]);
  });
  it('read the seed’s published summary and refuse a fractional count', () => {
    const parsed = parsePublishedSummaries(
      csv(
        'year,total,exceeded,met,not_met,source_id\n2022,38,27,11,0,bc\n2022,38,27,"10,5",0,bc\n2022,38,27,11,0,zz',
      ),
      'published-summaries.csv',
      { sourceIds: new Set(['bc']) },
    );
    expect(parsed.rows).toEqual([
      { year: 2022, total: 38, exceeded: 27, met: 11, notMet: 0, sourceId: 'bc' },
    ]);
    expect(where(parsed.issues)).toEqual(['error notANumber 3D 10,5', 'error unknownReference 4F zz']);
  });
  it('read published award counts against known award codes', () => {
    const parsed = parsePublishedAwardCounts(
      csv('year,award_code,count,source_id\n2022,CSTDCS,30,bc\n2022,XYZ,1,bc\n20222,CSTDCS,1,bc'),
      'published-award-counts.csv',
      { awardCodes: new Set(['CSTDCS']), sourceIds: new Set(['bc']) },
    );
    expect(parsed.rows).toEqual([{ year: 2022, awardCode: 'CSTDCS', count: 30, sourceId: 'bc' }]);
    expect(where(parsed.issues)).toEqual(['error unknownReference 3B XYZ', 'error badYear 4A 20222']);
  });
  it('read awards and drop one with an unknown award code or unit', () => {
    const parsed = parseAwards(
      csv(
        'year;award_code;unit_id;count;decision_date;is_sample\n2022;LDTT;cao-pha;12;44978;x\n2022;NOPE;;1;;\n2022;LDTT;nowhere;2;;\n2022;LDTT;;3;;',
      ),
      'awards-2022.csv',
      { awardCodes: new Set(['LDTT']), unitIds: new Set(['cao-pha']) },
    );
    expect(parsed.rows).toEqual([
      {
        year: 2022,
        awardCode: 'LDTT',
        unitId: 'cao-pha',
        count: 12,
        decisionDate: '2023-02-21',
        isSample: true,
      },
      { year: 2022, awardCode: 'LDTT', count: 3, isSample: false },
    ]);
    expect(where(parsed.issues)).toEqual([
      'error unknownReference 3B NOPE',
      'error unknownReference 4C nowhere',
    ]);
  });
});

describe('parseManifest(json, file)', () => {
  const good = {
    schema: 1,
    organisation: {
      id: 'org',
      name: { vi: 'UBND', en: 'PC' },
      shortName: { vi: 'UBND', en: 'PC' },
      province: { vi: 'Yên Bái', en: 'Yên Bái' },
    },
    groups: [{ code: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy' }, order: 1 }],
    unitTypes: [{ code: 'xa', name: { vi: 'Xã', en: 'Commune' } }],
    defaultYear: 2022,
    files: { units: 'units.csv', indicators: 'indicators.csv' },
  };
  it('accepts a minimal manifest, with default rules and no result files', () => {
    const parsed = parseManifest(good);
    expect(parsed.issues).toEqual([]);
    expect(parsed.manifest?.rules.tolerance).toBe(0.0005);
    expect(parsed.manifest?.files.results).toEqual([]);
  });
  it('names the path of each problem', () => {
    const parsed = parseManifest({
      ...good,
      defaultYear: '2022',
      files: { units: 'units.csv', results: [3] },
    });
    expect(parsed.manifest).toBeUndefined();
    expect(parsed.issues.map((i) => [i.code, i.detail])).toEqual([
      ['badManifest', 'defaultYear'],
      ['badManifest', 'files.indicators'],
      ['badManifest', 'files.results.0'],
    ]);
  });
  it('rejects something that is not an object without throwing', () => {
    expect(parseManifest(null).issues).toHaveLength(1);
    expect(parseManifest([1, 2]).manifest).toBeUndefined();
  });
});
