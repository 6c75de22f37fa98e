/// <reference lib="webworker" />
// The import worker: parses a dropped or chosen file off the main thread and posts progress, then the outcome with
// its row columns transferred (not copied). The page ends a read by terminating the worker.

import { transferablesOf } from '../data/columns/result-columns';
import type { ImportRequest, WorkerMessage } from './import/import-protocol';
import { runImport } from './import/run-import';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const post = (message: WorkerMessage, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  const outcome = await runImport(event.data, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', outcome }, transferablesOf(outcome.columns));
};
