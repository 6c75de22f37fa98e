// Test helpers only: small readable builders with every required field defaulted. Not part of the public API.
import type {
  AdminUnit,
  AwardRecord,
  Cluster,
  Dataset,
  Indicator,
  IndicatorResult,
  StatusRules,
} from '../model';

export const RULES: StatusRules = {
  tolerance: 0.0005,
  approxMargin: 0.05,
  basicallyMet: { enabled: false, delta: 0.05 },
};

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    code: 'X',
    name: { vi: 'Chỉ tiêu X', en: 'Indicator X' },
    aliases: [],
    group: 'kinh-te',
    unit: { vi: 'tấn', en: 'tonnes' },
    valueType: 'number',
    direction: 'higher',
    targetKind: 'value',
    decimals: 1,
    allowExceed: false,
    isSample: true,
    ...overrides,
  };
}

export function makeResult(overrides: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    indicatorCode: 'X',
    year: 2022,
    planText: '',
    actual: { text: '' },
    isEstimate: false,
    isSample: true,
    ...overrides,
  };
}

/** A result with a numeric plan value and actual value, the commonest row. */
export function valueRow(
  code: string,
  year: number,
  plan: number,
  actual: number,
  unitId?: string,
): IndicatorResult {
  return makeResult({
    indicatorCode: code,
    year,
    unitId,
    plan: { kind: 'value', value: plan },
    planText: String(plan),
    actual: { value: actual, text: String(actual) },
  });
}

export function makeUnit(id: string, name: string, overrides: Partial<AdminUnit> = {}): AdminUnit {
  return { id, name, aliases: [], type: 'xa', successorIds: [], isSample: true, ...overrides };
}

export function makeCluster(
  id: string,
  year: number,
  memberIds: string[],
  overrides: Partial<Cluster> = {},
): Cluster {
  return { id, kind: 'cum', name: { vi: id, en: id }, year, memberIds, isSample: true, ...overrides };
}

export function makeAward(year: number, awardCode: string, count: number, unitId?: string): AwardRecord {
  return { year, awardCode, count, unitId, isSample: true };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    organisation: {
      id: 'org',
      name: { vi: 'UBND huyện', en: 'DPC' },
      shortName: { vi: 'UBND', en: 'DPC' },
      province: { vi: 'tỉnh', en: 'province' },
    },
    rules: RULES,
    groups: [
      { code: 'van-hoa', name: { vi: 'Văn hóa – Xã hội', en: 'Culture and society' }, order: 2 },
      { code: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy' }, order: 1 },
    ],
    unitTypes: [],
    units: [],
    clusters: [],
    indicators: [],
    awardTypes: [],
    sources: [],
    publishedSummaries: [],
    publishedAwardCounts: [],
    results: [],
    awards: [],
    defaultYear: 2022,
    ...overrides,
  };
}
