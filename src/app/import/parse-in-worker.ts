import { MAX_DROPPED_BYTES } from '../../data/dropped-file-limit';
import type { ParseResult } from '../../views/import/import-outcome';
import type { ImportRequest, WorkerMessage } from './import-protocol';

/** How long reading one file may take before the worker is stopped (Excel files can be made to explode). */
export const IMPORT_TIME_LIMIT_MS = 60_000;

export interface ParseInWorkerOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  timeLimitMs?: number;
}

/**
 * Reads `file` in the import worker against what the page shows. Resolves (never rejects) with the outcome, or a
 * reason: the file is over MAX_DROPPED_BYTES (checked before reading a byte), it took longer than the time limit,
 * `signal` aborted it, or the worker failed. Whatever happens, the worker is terminated at the end.
 */
export async function parseInWorker(
  file: File,
  context: Omit<ImportRequest, 'name' | 'bytes'>,
  options: ParseInWorkerOptions = {},
): Promise<ParseResult> {
  if (file.size > MAX_DROPPED_BYTES) return { ok: false, reason: 'tooLarge' };
  if (options.signal?.aborted) return { ok: false, reason: 'cancelled' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const worker = new Worker(new URL('../import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  return new Promise<ParseResult>((resolve) => {
    const finish = (result: ParseResult) => {
      worker.terminate();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, reason: 'cancelled' });
    const timer = setTimeout(
      () => finish({ ok: false, reason: 'timeout' }),
      options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS,
    );
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else finish({ ok: true, outcome: message.outcome });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, reason: 'crashed' });
    };
    const request: ImportRequest = { name: file.name, bytes, ...context };
    worker.postMessage(request, [bytes.buffer]);
  });
}
