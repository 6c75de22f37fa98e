import * as v from 'valibot';
import type { IndicatorGroup, Organisation, StatusRules, UnitType } from '../../domain/model';
import type { DataIssue } from '../issues';

const Text2 = v.object({ vi: v.pipe(v.string(), v.minLength(1)), en: v.string() });
const FileName = v.pipe(v.string(), v.minLength(1));
const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const ManifestSchema = v.object({
  schema: v.literal(1),
  organisation: v.object({
    id: v.pipe(v.string(), v.minLength(1)),
    name: Text2,
    shortName: Text2,
    province: Text2,
    unitId: v.optional(v.string()),
  }),
  rules: v.optional(
    v.object({
      tolerance: Fraction,
      approxMargin: Fraction,
      basicallyMet: v.object({ enabled: v.boolean(), delta: Fraction }),
    }),
  ),
  groups: v.array(v.object({ code: v.pipe(v.string(), v.minLength(1)), name: Text2, order: v.number() })),
  unitTypes: v.array(v.object({ code: v.pipe(v.string(), v.minLength(1)), name: Text2 })),
  defaultYear: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100)),
  dataDate: v.optional(v.pipe(v.string(), v.isoDate())),
  files: v.object({
    units: FileName,
    indicators: FileName,
    clusters: v.optional(FileName),
    awardTypes: v.optional(FileName),
    sources: v.optional(FileName),
    publishedSummaries: v.optional(FileName),
    publishedAwardCounts: v.optional(FileName),
    results: v.optional(v.array(FileName), []),
    awards: v.optional(v.array(FileName), []),
  }),
});

/** The files a manifest names, by table. */
export type ManifestFiles = v.InferOutput<typeof ManifestSchema>['files'];

export interface Manifest {
  organisation: Organisation;
  rules: StatusRules;
  groups: IndicatorGroup[];
  unitTypes: UnitType[];
  defaultYear: number;
  dataDate?: string;
  files: ManifestFiles;
}

/** The rules when a manifest gives none (domain.md §1): ε = 0,05 %, khoảng ± 5 %, cơ bản đạt off. */
export const DEFAULT_RULES: StatusRules = {
  tolerance: 0.0005,
  approxMargin: 0.05,
  basicallyMet: { enabled: false, delta: 0.05 },
};

/**
 * manifest.json (already JSON-parsed) → a validated manifest, or `undefined` and one `badManifest` error per
 * problem (`detail`: the path, e.g. `files.results.0`; `expected`/`raw`: as valibot saw them). Never throws.
 */
export function parseManifest(
  json: unknown,
  file = 'manifest.json',
): { manifest?: Manifest; issues: DataIssue[] } {
  const result = v.safeParse(ManifestSchema, json);
  if (!result.success) {
    return {
      issues: result.issues.map((issue) => {
        const out: DataIssue = {
          file,
          code: 'badManifest',
          severity: 'error',
          detail: v.getDotPath(issue) ?? '(root)',
        };
        if (issue.expected !== null) out.expected = issue.expected;
        out.raw = issue.received;
        return out;
      }),
    };
  }
  const m = result.output;
  const manifest: Manifest = {
    organisation: m.organisation,
    rules: m.rules ?? DEFAULT_RULES,
    groups: m.groups,
    unitTypes: m.unitTypes,
    defaultYear: m.defaultYear,
    files: m.files,
  };
  if (m.dataDate !== undefined) manifest.dataDate = m.dataDate;
  return { manifest, issues: [] };
}
