/**
 * The data model of chitieu (domain.md §6), as plain types.
 * Identifiers are English; data (names, units) stays Vietnamese with an English twin where shown.
 * Nothing here knows Mù Cang Chải: organisation, units, clusters, groups and award titles are data.
 * Missing values are `undefined`, never 0.
 */

/** A status as the domain computes or a report prints it. `basicallyMet` (“cơ bản đạt”) is off unless the dataset enables it. */
export type Status = 'exceeded' | 'met' | 'basicallyMet' | 'notMet' | 'noData';

/** Which way is better. `band`: inside a range; `boolean`: done / not done. */
export type Direction = 'higher' | 'lower' | 'band' | 'boolean';

/** How a plan is written (domain.md §1). */
export type TargetKind = 'value' | 'min' | 'max' | 'band' | 'boolean' | 'vsBaseline' | 'composite';

/** What a value measures; `percent` values compare in percentage points. */
export type ValueType = 'number' | 'percent' | 'boolean';

/** A text in both languages. `vi` is the source; `en` may repeat `vi` for proper names. */
export interface Text2 {
  vi: string;
  en: string;
}

/** A plan as parsed from a cell such as `7,5`, `≥ 30`, `dưới 4`, `6,6-6,8`, `khoảng 4`, `hoàn thành`, `giảm so với năm trước`. */
export type Plan =
  | { kind: 'value'; value: number }
  | { kind: 'min'; value: number }
  | { kind: 'max'; value: number }
  | { kind: 'band'; min: number; max: number }
  | { kind: 'approx'; value: number }
  | { kind: 'boolean' }
  | { kind: 'vsBaseline'; change: 'decrease' | 'increase' };

/** An actual as parsed: a number, a done/not-done, or nothing. `text` keeps the cell as written. */
export interface Actual {
  value?: number;
  done?: boolean;
  text: string;
}

export interface IndicatorGroup {
  code: string;
  name: Text2;
  order: number;
}

/** One entry of the indicator catalogue. */
export interface Indicator {
  code: string;
  name: Text2;
  /** Other spellings a clerk's sheet may use; matched diacritics- and case-blind. */
  aliases: string[];
  group: string;
  unit: Text2;
  valueType: ValueType;
  direction: Direction;
  targetKind: TargetKind;
  decimals: number;
  /** Set on sub-measures of a composite indicator. */
  parentCode?: string;
  /** min / max / boolean targets may be “vượt” only when this is true. */
  allowExceed: boolean;
  /** Overrides the dataset tolerance (a fraction of plan, e.g. 0.005). */
  tolerance?: number;
  /** The catalogue's own definition version; a change between years shows a badge. */
  definitionVersion?: string;
  isSample: boolean;
  sourceId?: string;
}

/** One indicator's plan and result for one year and one unit (undefined unit = the whole organisation). */
export interface IndicatorResult {
  indicatorCode: string;
  year: number;
  unitId?: string;
  plan?: Plan;
  planText: string;
  /** The unit of measure as the sheet wrote it (“tấn”, “%”); a change between years flags a changed definition. */
  unitText?: string;
  actual: Actual;
  /** Last year's actual, for vsBaseline targets; may be filled from the previous year's results. */
  baseline?: number;
  isEstimate: boolean;
  /** ISO date (yyyy-mm-dd) the actual is as of. */
  asOf?: string;
  reportedStatus?: Status;
  /** The percentage of plan as printed in the sheet, if any. */
  reportedPercent?: number;
  sourceId?: string;
  isSample: boolean;
}

export interface StatusRules {
  /** Fraction of plan within which a value target is “đạt”. Default: half a unit of 0,1 % = 0.0005. */
  tolerance: number;
  /** “khoảng X” becomes the band X·(1 ± approxMargin). */
  approxMargin: number;
  /** “Cơ bản đạt”: 1 − delta ≤ p < 1 − tolerance. Off unless enabled. */
  basicallyMet: { enabled: boolean; delta: number };
}

export interface Organisation {
  id: string;
  name: Text2;
  /** e.g. “UBND huyện Mù Cang Chải”: the letterhead of printed pages. */
  shortName: Text2;
  province: Text2;
  unitId?: string;
}

export interface UnitType {
  code: string;
  name: Text2;
}

/** An administrative unit or agency, time-versioned: it exists from validFrom until validTo (ISO dates, open when absent). */
export interface AdminUnit {
  id: string;
  officialCode?: string;
  name: string;
  aliases: string[];
  type: string;
  parentId?: string;
  validFrom?: string;
  validTo?: string;
  successorIds: string[];
  isSample: boolean;
}

export type ClusterKind = 'cum' | 'khoi';

/** An emulation cluster (cụm) or bloc (khối) for one year, with its members. */
export interface Cluster {
  id: string;
  kind: ClusterKind;
  name: Text2;
  year: number;
  leaderId?: string;
  memberIds: string[];
  isSample: boolean;
}

export type AwardCategory = 'danhHieu' | 'hinhThuc' | 'tuyenDuong';
export type RecipientKind = 'individual' | 'collective' | 'household' | 'village';

export interface AwardType {
  code: string;
  name: Text2;
  category: AwardCategory;
  recipientKind: RecipientKind;
  order: number;
}

/** Awards of one title to one unit in one year; `count` recipients (names are not published). */
export interface AwardRecord {
  year: number;
  awardCode: string;
  unitId?: string;
  count: number;
  decisionNumber?: string;
  /** ISO date. */
  decisionDate?: string;
  sourceId?: string;
  isSample: boolean;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  seedFile?: string;
  /** ISO date. */
  publishedAt?: string;
  kind: 'report' | 'sample' | 'decision' | 'other';
  isSample: boolean;
}

/** A status count as a report published it (the only real record the seed supports: 2022, 38 / 27 / 11 / 0). */
export interface PublishedSummary {
  year: number;
  total: number;
  exceeded: number;
  met: number;
  notMet: number;
  sourceId: string;
}

/** An award count as a report published it, without names. */
export interface PublishedAwardCount {
  year: number;
  awardCode: string;
  count: number;
  sourceId: string;
}

/** Everything chitieu shows, as loaded from `data/` (or an import). */
export interface Dataset {
  organisation: Organisation;
  rules: StatusRules;
  groups: IndicatorGroup[];
  unitTypes: UnitType[];
  units: AdminUnit[];
  clusters: Cluster[];
  indicators: Indicator[];
  awardTypes: AwardType[];
  sources: Source[];
  publishedSummaries: PublishedSummary[];
  publishedAwardCounts: PublishedAwardCount[];
  results: IndicatorResult[];
  awards: AwardRecord[];
  /** ISO date of the newest data. */
  dataDate?: string;
  defaultYear: number;
}
