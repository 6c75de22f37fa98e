import { toResultColumns } from '../../data/columns/result-columns';
import { parseDroppedFile } from '../../data/parse-dropped-file';
import { diffResults } from '../../domain/imports/diff-results';
import { mergeImports } from '../../domain/imports/merge-imports';
import { statusMismatches } from '../../domain/imports/status-mismatches';
import { type ImportOutcome, type ImportRequest, MAX_LISTED_ISSUES } from './import-protocol';
import { importVerdict, isBlocking } from './import-verdict';

export interface RunImportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The work of the import worker, without the worker (so it runs in tests): parses the file against what the page
 * shows, judges it, and packs the outcome for posting. Never rejects.
 */
export async function runImport(
  request: ImportRequest,
  options: RunImportOptions = {},
): Promise<ImportOutcome> {
  const { shown } = request;
  const parsed = await parseDroppedFile(request.name, request.bytes, shown, options);
  const rows = parsed.rows;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const unitIds = new Set<string>();
  const indicatorCodes = new Set<string>();
  for (const row of rows) {
    indicatorCodes.add(row.indicatorCode);
    if (row.unitId !== undefined) unitIds.add(row.unitId);
  }
  const blocking = parsed.issues.filter(isBlocking);
  const others = parsed.issues.filter((issue) => !isBlocking(issue));
  const outcome: ImportOutcome = {
    fileName: request.name,
    verdict: importVerdict(parsed.issues, rows.length),
    years,
    rowCount: rows.length,
    indicatorCodes: [...indicatorCodes],
    unitIds: [...unitIds],
    newIndicators: parsed.newIndicators,
    reviewIndicators: parsed.reviewIndicators,
    errors: blocking.slice(0, MAX_LISTED_ISSUES),
    warnings: others.slice(0, MAX_LISTED_ISSUES),
    errorCount: blocking.length,
    warningCount: others.length,
    diff: diffResults(shown.results, rows),
    mismatches: [],
    mismatchCount: 0,
    columns: toResultColumns(rows),
  };
  if (outcome.verdict === 'accepted') {
    const merged = mergeImports(shown, [
      { id: '', fileName: request.name, importedAt: '', results: rows, newIndicators: parsed.newIndicators },
    ]);
    const found = statusMismatches(merged, rows);
    outcome.mismatches = found.list;
    outcome.mismatchCount = found.count;
  }
  const year = parsed.year ?? years[years.length - 1];
  if (year !== undefined) outcome.year = year;
  return outcome;
}
