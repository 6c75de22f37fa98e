import { downloadBlob } from '../../ui/download-blob';

/** Offers bytes or text to the user as a file download (a same-origin blob: link, revoked once clicked). */
export function download(name: string, content: Uint8Array | string, type: string): void {
  downloadBlob(new Blob([content as BlobPart], { type }), name);
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
