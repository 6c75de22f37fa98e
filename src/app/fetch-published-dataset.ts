import type { DataIssue } from '../data/issues';
import { loadDataset } from '../data/load-dataset';
import type { Dataset } from '../domain/model';
import { dataUrl } from './data-root';

export interface PublishedData {
  dataset?: Dataset;
  issues: DataIssue[];
}

/**
 * The published data set, fetched from the site's `data/` folder and read by the same loader as a dropped file.
 * Never rejects: a missing file or a network failure is an issue, and `dataset` is undefined only when the
 * manifest itself could not be had.
 */
export function fetchPublishedDataset(init: RequestInit = {}): Promise<PublishedData> {
  return loadDataset(async (file) => {
    const response = await fetch(dataUrl(file), init);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  });
}
