import { type ResultColumns, rowAt, toResultColumns } from '../../data/columns/result-columns';
import type { LocalImport } from '../../domain/imports/merge-imports';
import type { IndicatorResult } from '../../domain/model';

const DB_NAME = 'chitieu';
const DB_VERSION = 1;
const STORE = 'local-imports';

/** Where applied imports are kept on this machine. Every method rejects when the browser refuses storage. */
export interface LocalImportStore {
  /** All imports, oldest first. */
  list(): Promise<LocalImport[]>;
  /** `columns`: the same rows as typed columns, when the caller has them (else they are built here). */
  add(local: LocalImport, columns?: ResultColumns): Promise<void>;
  clear(): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, DB_VERSION);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  return request(req);
}

async function withStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

/**
 * An import as kept: its rows as typed columns, the rest as it is. Why: IndexedDB copies what it keeps with the
 * structured clone, on the main thread, and 100,000 result objects took one task of 1.2–1.5 s at 4× CPU to copy
 * (CPU profile of a province's file applied: `store.put`), where a typed array is one block. The columns' texts
 * (a plan and an actual a row) are packed into one string each, for the same reason: 200,000 strings were the
 * rest of that copy (157 ms of profile at 4×). An import kept by an earlier version has `results` instead, or
 * unpacked texts, and is read as it is.
 */
export interface StoredImport extends Omit<LocalImport, 'results'> {
  columns?: StoredColumns;
  results?: IndicatorResult[];
}

type StoredColumns = Omit<ResultColumns, 'planText' | 'actualText'> & {
  planText: PackedTexts | string[];
  actualText: PackedTexts | string[];
};

/** Strings as one text and where each one ends in it. */
interface PackedTexts {
  text: string;
  ends: Uint32Array;
}

function pack(values: readonly string[]): PackedTexts {
  const ends = new Uint32Array(values.length);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    end += (values[i] ?? '').length;
    ends[i] = end;
  }
  return { text: values.join(''), ends };
}

function unpack(texts: PackedTexts | string[]): string[] {
  if (Array.isArray(texts)) return texts;
  const out: string[] = new Array(texts.ends.length);
  let start = 0;
  for (let i = 0; i < texts.ends.length; i++) {
    const end = texts.ends[i] ?? start;
    out[i] = texts.text.slice(start, end);
    start = end;
  }
  return out;
}

export function toStored(local: LocalImport, columns: ResultColumns | undefined): StoredImport {
  const { results, ...rest } = local;
  const cols = columns ?? toResultColumns(results);
  return { ...rest, columns: { ...cols, planText: pack(cols.planText), actualText: pack(cols.actualText) } };
}

export function fromStored(stored: StoredImport): LocalImport {
  const { columns: kept, results, ...rest } = stored;
  if (results !== undefined || kept === undefined) return { ...rest, results: results ?? [] };
  const columns: ResultColumns = {
    ...kept,
    planText: unpack(kept.planText),
    actualText: unpack(kept.actualText),
  };
  const rows: IndicatorResult[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) rows[i] = rowAt(columns, i);
  return { ...rest, results: rows };
}

/** The IndexedDB store of the site's origin (database “chitieu”, object store “local-imports”). */
export function indexedDbImportStore(factory: IDBFactory = indexedDB): LocalImportStore {
  return {
    async list() {
      const all = await withStore(
        factory,
        'readonly',
        (store) => store.getAll() as IDBRequest<StoredImport[]>,
      );
      return all.map(fromStored).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    async add(local, columns) {
      await withStore(factory, 'readwrite', (store) => store.put(toStored(local, columns)));
    },
    async clear() {
      await withStore(factory, 'readwrite', (store) => store.clear());
    },
  };
}
