import { dataUrl } from './data-root';
import { type LoadedMessage, type PublishedData, unpackLoaded } from './loaded-transfer';

export type { PublishedData } from './loaded-transfer';

/**
 * The published data set, fetched from the site's `data/` folder and read by the same loader as a dropped file.
 * Read in the load worker (src/app/load-worker.ts), so that a province-scale file does not hold the page's main
 * thread; where a module worker cannot start or fails, read on the main thread instead, with the same result.
 * Never rejects: a missing file or a network failure is an issue, and `dataset` is undefined only when the
 * manifest itself could not be had.
 */
export async function fetchPublishedDataset(init: RequestInit = {}): Promise<PublishedData> {
  if (typeof Worker === 'function' && Object.keys(init).length === 0) {
    const loaded = await loadInWorker(dataUrl('').href).catch(() => undefined);
    if (loaded) return loaded;
  }
  return loadOnMainThread(init);
}

function loadInWorker(base: string): Promise<PublishedData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module', name: 'load' });
    const end = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<LoadedMessage | { failed: true }>) => {
      end();
      if ('failed' in event.data) reject(new Error('the load worker failed'));
      else resolve(unpackLoaded(event.data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error('the load worker failed'));
    };
    worker.onmessageerror = () => {
      end();
      reject(new Error('the load worker sent an unreadable message'));
    };
    worker.postMessage({ base });
  });
}

/** The loader on the page's own thread, loaded only when it is needed. */
async function loadOnMainThread(init: RequestInit): Promise<PublishedData> {
  const { loadDataset } = await import('../data/load-dataset');
  return loadDataset(async (file) => {
    const response = await fetch(dataUrl(file), init);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  });
}
