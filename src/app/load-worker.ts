/// <reference lib="webworker" />
// The load worker: fetches and reads the published `data/` folder off the main thread, then posts the data set with
// its results as typed columns, transferred. A province's 100 000 results took the dashboard's main thread 1.6–3.5 s
// at 4× CPU slowdown to read (docs/performance.md); the page now only rebuilds the result objects.
import { loadDataset } from '../data/load-dataset';
import { packLoaded } from './loaded-transfer';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** `base`: the absolute address of `data/` (the worker has no document to find it from). */
scope.onmessage = async (event: MessageEvent<{ base: string }>) => {
  try {
    const loaded = await loadDataset(async (file) => {
      const response = await fetch(new URL(file, event.data.base));
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    });
    const { message, transfer } = packLoaded(loaded);
    scope.postMessage(message, transfer);
  } catch {
    // The loader never throws by design; should it, the page must not wait for ever (a rejected promise in a
    // worker fires no `error` event): it is told, and reads the data on its own thread.
    scope.postMessage({ failed: true });
  }
};
