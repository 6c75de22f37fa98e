import type { LocalImport } from '../../domain/imports/merge-imports';

const DB_NAME = 'chitieu';
const DB_VERSION = 1;
const STORE = 'local-imports';

/** Where applied imports are kept on this machine. Every method rejects when the browser refuses storage. */
export interface LocalImportStore {
  /** All imports, oldest first. */
  list(): Promise<LocalImport[]>;
  add(local: LocalImport): Promise<void>;
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

/** The IndexedDB store of the site's origin (database “chitieu”, object store “local-imports”). */
export function indexedDbImportStore(factory: IDBFactory = indexedDB): LocalImportStore {
  return {
    async list() {
      const all = await withStore(
        factory,
        'readonly',
        (store) => store.getAll() as IDBRequest<LocalImport[]>,
      );
      return all.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    },
    async add(local) {
      await withStore(factory, 'readwrite', (store) => store.put(local));
    },
    async clear() {
      await withStore(factory, 'readwrite', (store) => store.clear());
    },
  };
}
