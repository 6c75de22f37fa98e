import type { Dataset, IndicatorResult } from '../domain/model';
import { type DataIssue, type Parsed, unreadableIssue } from './issues';
import { parseResults } from './parse-results';
import { type ReadFile, readTableFile } from './read-table-file';
import { parseAwardTypes } from './reference/parse-award-types';
import { parseAwards } from './reference/parse-awards';
import { parseClusters } from './reference/parse-clusters';
import { parseIndicators } from './reference/parse-indicators';
import { type Manifest, parseManifest } from './reference/parse-manifest';
import { parsePublishedAwardCounts } from './reference/parse-published-award-counts';
import { parsePublishedSummaries } from './reference/parse-published-summaries';
import { parseSources } from './reference/parse-sources';
import { parseUnits } from './reference/parse-units';
import { decodeBytes } from './text/decode-bytes';

export type { ReadFile } from './read-table-file';

const MANIFEST = 'manifest.json';

/**
 * Loads everything `manifest.json` names (docs/data-format.md) through the same parsers a dropped file goes
 * through, and assembles the `Dataset`. `read` gets paths relative to the data folder. Never throws or rejects:
 * a missing or broken file is an issue naming it, and its rows are simply absent. `dataset` is `undefined` only
 * when the manifest itself is missing or invalid. Indicators found in results but not in the catalogue are added
 * provisionally (each with an `unknownIndicator` warning). A result repeated across files is a `duplicateRow` error.
 */
export async function loadDataset(read: ReadFile): Promise<{ dataset?: Dataset; issues: DataIssue[] }> {
  const issues: DataIssue[] = [];
  try {
    const manifest = await readManifest(read, issues);
    if (!manifest) return { issues };
    return { dataset: await loadFiles(read, manifest, issues), issues };
  } catch (error) {
    issues.push(unreadableIssue(MANIFEST, error));
    return { issues };
  }
}

async function readManifest(read: ReadFile, issues: DataIssue[]): Promise<Manifest | undefined> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await read(MANIFEST);
  } catch (error) {
    issues.push(unreadableIssue(MANIFEST, error));
    return undefined;
  }
  if (bytes === undefined) {
    issues.push({ file: MANIFEST, code: 'missingFile', severity: 'error' });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeBytes(bytes, MANIFEST).text);
  } catch (error) {
    issues.push({
      file: MANIFEST,
      code: 'badManifest',
      severity: 'error',
      detail: 'JSON',
      raw: String(error).slice(0, 200),
    });
    return undefined;
  }
  const parsed = parseManifest(json, MANIFEST);
  append(issues, parsed.issues);
  return parsed.manifest;
}

async function loadFiles(read: ReadFile, manifest: Manifest, issues: DataIssue[]): Promise<Dataset> {
  const f = manifest.files;
  const optional = (path: string | undefined) =>
    path === undefined
      ? Promise.resolve({ rows: [] as string[][], issues: [] as DataIssue[] })
      : readTableFile(read, path);
  const [
    sourcesFile,
    unitsFile,
    indicatorsFile,
    awardTypesFile,
    clustersFile,
    summariesFile,
    awardCountsFile,
  ] = await Promise.all([
    optional(f.sources),
    readTableFile(read, f.units),
    readTableFile(read, f.indicators),
    optional(f.awardTypes),
    optional(f.clusters),
    optional(f.publishedSummaries),
    optional(f.publishedAwardCounts),
  ]);
  const resultFiles = await Promise.all(f.results.map((path) => readTableFile(read, path)));
  const awardFiles = await Promise.all(f.awards.map((path) => readTableFile(read, path)));

  const take = <T>(file: { issues: DataIssue[] }, parsed: Parsed<T> | undefined): T[] => {
    append(issues, file.issues);
    if (!parsed) return [];
    append(issues, parsed.issues);
    return parsed.rows;
  };
  const has = (file: { rows: string[][]; issues: DataIssue[] }) =>
    !file.issues.some((issue) => issue.severity === 'error' && issue.code !== 'encoding');

  const sources = f.sources
    ? take(sourcesFile, has(sourcesFile) ? parseSources(sourcesFile.rows, f.sources) : undefined)
    : [];
  const sourceIds = f.sources ? new Set(sources.map((s) => s.id)) : undefined;
  const orgUnit = manifest.organisation.unitId;
  const units = take(
    unitsFile,
    has(unitsFile)
      ? parseUnits(unitsFile.rows, f.units, {
          unitTypes: new Set(manifest.unitTypes.map((t) => t.code)),
          extraIds: new Set(orgUnit ? [orgUnit] : []),
        })
      : undefined,
  );
  const unitIds = new Set([...units.map((u) => u.id), ...(orgUnit ? [orgUnit] : [])]);
  const groups = new Set(manifest.groups.map((g) => g.code));
  const indicators = take(
    indicatorsFile,
    has(indicatorsFile)
      ? parseIndicators(indicatorsFile.rows, f.indicators, { groups, ...(sourceIds && { sourceIds }) })
      : undefined,
  );
  const awardTypes = f.awardTypes
    ? take(
        awardTypesFile,
        has(awardTypesFile) ? parseAwardTypes(awardTypesFile.rows, f.awardTypes) : undefined,
      )
    : [];
  const awardCodes = f.awardTypes ? new Set(awardTypes.map((t) => t.code)) : undefined;
  const clusters = f.clusters
    ? take(
        clustersFile,
        has(clustersFile) ? parseClusters(clustersFile.rows, f.clusters, { unitIds }) : undefined,
      )
    : [];
  const publishedSummaries = f.publishedSummaries
    ? take(
        summariesFile,
        has(summariesFile)
          ? parsePublishedSummaries(summariesFile.rows, f.publishedSummaries, {
              ...(sourceIds && { sourceIds }),
            })
          : undefined,
      )
    : [];
  const publishedAwardCounts = f.publishedAwardCounts
    ? take(
        awardCountsFile,
        has(awardCountsFile)
          ? parsePublishedAwardCounts(awardCountsFile.rows, f.publishedAwardCounts, {
              ...(awardCodes && { awardCodes }),
              ...(sourceIds && { sourceIds }),
            })
          : undefined,
      )
    : [];

  const allIndicators = [...indicators];
  const results: IndicatorResult[] = [];
  const firstFile = new Map<string, string>();
  f.results.forEach((path, i) => {
    const file = resultFiles[i] ?? { rows: [], issues: [] };
    append(issues, file.issues);
    if (!has(file)) return;
    const parsed = parseResults(file.rows, {
      file: path,
      indicators: allIndicators,
      units,
      groups: manifest.groups,
    });
    append(issues, parsed.issues);
    append(allIndicators, parsed.newIndicators);
    for (const result of parsed.rows) {
      const key = `${result.indicatorCode}\u0000${result.unitId ?? ''}\u0000${result.year}`;
      const earlier = firstFile.get(key);
      if (earlier !== undefined) {
        issues.push({
          file: path,
          code: 'duplicateRow',
          severity: 'error',
          raw: result.indicatorCode,
          detail: earlier,
        });
        continue;
      }
      firstFile.set(key, path);
      results.push(result);
    }
  });

  const awards = f.awards.flatMap((path, i) => {
    const file = awardFiles[i] ?? { rows: [], issues: [] };
    return take(
      file,
      has(file)
        ? parseAwards(file.rows, path, {
            unitIds,
            ...(awardCodes && { awardCodes }),
            ...(sourceIds && { sourceIds }),
          })
        : undefined,
    );
  });

  const dataset: Dataset = {
    organisation: manifest.organisation,
    rules: manifest.rules,
    groups: manifest.groups,
    unitTypes: manifest.unitTypes,
    units,
    clusters,
    indicators: allIndicators,
    awardTypes,
    sources,
    publishedSummaries,
    publishedAwardCounts,
    results,
    awards,
    defaultYear: manifest.defaultYear,
  };
  if (manifest.dataDate !== undefined) dataset.dataDate = manifest.dataDate;
  return dataset;
}

/**
 * Appends `items` one at a time. `target.push(...items)` passes every item as an argument: a results file with
 * 100 000 rows in error overflowed the stack (a worker's, which is smaller, first), and the whole load failed.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
