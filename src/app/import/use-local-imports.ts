import { useCallback, useEffect, useState } from 'react';
import type { ResultColumns } from '../../data/columns/result-columns';
import type { LocalImport } from '../../domain/imports/merge-imports';
import { indexedDbImportStore, type LocalImportStore } from './local-import-store';

export interface LocalImports {
  /** False until the stored imports have been read (or found unreadable). */
  ready: boolean;
  imports: LocalImport[];
  /** False when the browser refused storage: imports then last until the page is closed. */
  persisted: boolean;
  /** `columns`: the same rows as typed columns, kept instead of the objects (local-import-store.ts). */
  add(local: LocalImport, columns?: ResultColumns): Promise<void>;
  removeAll(): Promise<void>;
}

/** The imports applied on this machine, kept in IndexedDB so that they survive a reload. */
export function useLocalImports(store: LocalImportStore = defaultStore()): LocalImports {
  const [imports, setImports] = useState<LocalImport[]>([]);
  const [ready, setReady] = useState(false);
  const [persisted, setPersisted] = useState(true);
  useEffect(() => {
    let live = true;
    store
      .list()
      .then((stored) => live && setImports(stored))
      .catch(() => live && setPersisted(false))
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [store]);
  const add = useCallback(
    async (local: LocalImport, columns?: ResultColumns) => {
      setImports((current) => [...current.filter((i) => i.id !== local.id), local]);
      await store.add(local, columns).catch(() => setPersisted(false));
    },
    [store],
  );
  const removeAll = useCallback(async () => {
    setImports([]);
    await store.clear().catch(() => setPersisted(false));
  }, [store]);
  return { ready, imports, persisted, add, removeAll };
}

let shared: LocalImportStore | undefined;
function defaultStore(): LocalImportStore {
  shared ??= indexedDbImportStore();
  return shared;
}
