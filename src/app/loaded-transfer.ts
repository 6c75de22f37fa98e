import { type ResultColumns, rowAt, toResultColumns, transferablesOf } from '../data/columns/result-columns';
import type { DataIssue } from '../data/issues';
import type { Dataset, IndicatorResult } from '../domain/model';

/** What the loader gives: the data set (absent when the manifest could not be had) and every issue found. */
export interface PublishedData {
  dataset?: Dataset;
  issues: DataIssue[];
}

/**
 * The loader's answer as the load worker posts it: the results as typed columns whose buffers are transferred,
 * not copied (a structured clone of 100 000 result objects is one long task on the page's side), the rest as is.
 */
export interface LoadedMessage {
  dataset?: Omit<Dataset, 'results'>;
  columns?: ResultColumns;
  issues: DataIssue[];
}

/** Packs a load for posting: the message, and the buffers to transfer with it. */
export function packLoaded(loaded: PublishedData): { message: LoadedMessage; transfer: ArrayBuffer[] } {
  if (!loaded.dataset) return { message: { issues: loaded.issues }, transfer: [] };
  const { results, ...rest } = loaded.dataset;
  const columns = toResultColumns(results);
  return { message: { dataset: rest, columns, issues: loaded.issues }, transfer: transferablesOf(columns) };
}

/** The load again, from a posted message: `unpackLoaded(packLoaded(x).message)` deep-equals `x`. */
export function unpackLoaded(message: LoadedMessage): PublishedData {
  if (!message.dataset || !message.columns) return { issues: message.issues };
  const { columns } = message;
  const results: IndicatorResult[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) results[i] = rowAt(columns, i);
  return { dataset: { ...message.dataset, results }, issues: message.issues };
}
