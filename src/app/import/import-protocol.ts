import type { Dataset } from '../../domain/model';
import type { ImportOutcome } from '../../views/import/import-outcome';

export type { ImportOutcome };

/** What the page sends the import worker: the file, and what the data shown knows. */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  /** The data shown now: the file is read against its catalogue and units, and compared with its results. */
  shown: Dataset;
}

/** At most this many issues of each severity travel back; the counts say how many there were. */
export const MAX_LISTED_ISSUES = 200;

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome };
