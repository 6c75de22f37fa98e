import { useState } from 'react';
import { type CsvCell, csvOptionsFor, toCsv } from '../../data/export/to-csv';
import { downloadBlob } from '../../ui/download-blob';
import { useLocale, useMessages } from '../../ui/i18n-context';

/**
 * “Tải CSV” and “Tải Excel (XLSX)” for the rows the reader sees. The XLSX writer is imported only on click,
 * so it is not part of the page's first download.
 */
export function ExportButtons(props: { rows: () => CsvCell[][]; fileName: string }) {
  const t = useMessages();
  const locale = useLocale();
  const [status, setStatus] = useState<string>('');

  const csv = () => {
    const text = toCsv(props.rows(), csvOptionsFor(locale));
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${props.fileName}.csv`);
    setStatus(t.export.done(`${props.fileName}.csv`));
  };

  const xlsx = async () => {
    try {
      const XLSX = await import('@e965/xlsx');
      const sheet = XLSX.utils.aoa_to_sheet(props.rows().map((row) => row.map((cell) => cell ?? null)));
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, props.fileName.slice(0, 31));
      const bytes: ArrayBuffer = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
      downloadBlob(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        `${props.fileName}.xlsx`,
      );
      setStatus(t.export.done(`${props.fileName}.xlsx`));
    } catch {
      setStatus(t.export.failed);
    }
  };

  return (
    <div className="export-buttons">
      <button type="button" onClick={csv}>
        {t.export.csv}
      </button>
      <button type="button" onClick={() => void xlsx()}>
        {t.export.xlsx}
      </button>
      <span className="export-buttons__status" role="status">
        {status}
      </span>
    </div>
  );
}
