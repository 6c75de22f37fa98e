import { type ReactNode, useCallback, useMemo } from 'react';
import { MAX_DROPPED_BYTES } from '../../data/dropped-file-limit';
import { type CsvCell, csvOptionsFor, toCsv } from '../../data/export/to-csv';
import { mergeImports } from '../../domain/imports/merge-imports';
import type { Dataset } from '../../domain/model';
import { yearsOf } from '../../domain/years-of';
import { setQuery } from '../../ui/use-query-state';
import { ImportControl } from '../../views/import/import-control';
import type { ImportOutcome, ParseFile } from '../../views/import/import-outcome';
import { LocalDataBanner } from '../../views/import/local-data-banner';
import { CSV_TYPE, download, XLSX_TYPE } from './download';
import { IMPORT_TIME_LIMIT_MS, parseInWorker } from './parse-in-worker';
import { localImportRows, templateRows } from './sheet-rows';
import { toLocalImport } from './to-local-import';
import { toXlsx } from './to-xlsx';
import { useLocalImports } from './use-local-imports';

/** The query parameter of the year shown (README). */
const YEAR_PARAM = 'nam';

export interface ImportSlots {
  /** The published dataset with the local imports laid over it: what the dashboard shows. */
  dataset: Dataset | undefined;
  /** False until the stored imports have been read, so the page does not flash the published figures first. */
  ready: boolean;
  /** The “Nhập dữ liệu” control, for the dashboard's toolbar slot. */
  toolbar: ReactNode;
  /** The “Dữ liệu cục bộ, chưa công bố” banner (nothing without imports), for the banner slot. */
  banner: ReactNode;
}

async function offer(rows: CsvCell[][], name: string, format: 'csv' | 'xlsx'): Promise<void> {
  if (format === 'csv') download(`${name}.csv`, toCsv(rows, csvOptionsFor('vi')), CSV_TYPE);
  else download(`${name}.xlsx`, await toXlsx(rows, name), XLSX_TYPE);
}

/**
 * Everything the import adds to the dashboard: local imports from IndexedDB merged over `published`, the import
 * control (reading in a worker against the data shown; “Áp dụng” stores the file and shows its year), and the
 * banner that returns to the published data in one click.
 */
export function useImportSlots(published: Dataset | undefined): ImportSlots {
  const local = useLocalImports();
  const dataset = useMemo(
    () => (published ? mergeImports(published, local.imports) : undefined),
    [published, local.imports],
  );
  const parse = useCallback<ParseFile>(
    (file, options) => {
      if (!dataset) return Promise.resolve({ ok: false, reason: 'crashed' });
      return parseInWorker(file, { shown: dataset }, options);
    },
    [dataset],
  );
  const { add, removeAll } = local;
  const apply = useCallback(
    async (outcome: ImportOutcome) => {
      await add(await toLocalImport(outcome), outcome.columns);
      if (outcome.year !== undefined) setQuery({ [YEAR_PARAM]: String(outcome.year) });
    },
    [add],
  );
  const returnToPublished = useCallback(() => {
    void removeAll();
    const year = Number(new URLSearchParams(window.location.search).get(YEAR_PARAM));
    if (published && !yearsOf(published).includes(year)) setQuery({ [YEAR_PARAM]: undefined });
  }, [removeAll, published]);

  if (!dataset) return { dataset, ready: local.ready, toolbar: null, banner: null };
  const nextYear = Math.max(dataset.defaultYear, ...yearsOf(dataset)) + 1;
  return {
    dataset,
    ready: local.ready,
    toolbar: (
      <ImportControl
        dataset={dataset}
        parse={parse}
        onApply={apply}
        onTemplate={(format) =>
          void offer(templateRows(nextYear, dataset), `mau-nhap-so-lieu-${nextYear}`, format)
        }
        limits={{ maxBytes: MAX_DROPPED_BYTES, timeLimitMs: IMPORT_TIME_LIMIT_MS }}
      />
    ),
    banner: (
      <LocalDataBanner
        imports={local.imports}
        persisted={local.persisted}
        onRemoveAll={returnToPublished}
        onExport={(format) => void offer(localImportRows(local.imports, dataset), 'so-lieu-da-nhap', format)}
      />
    ),
  };
}
