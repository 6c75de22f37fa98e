import { useSyncExternalStore } from 'react';

/** A module's “still working” flag that components can follow (useSyncExternalStore); false on the server. */
export interface BusyFlag {
  set(busy: boolean): void;
  /** A hook: the flag, re-rendering the component when it changes. */
  use(): boolean;
}

export function busyFlag(): BusyFlag {
  let busy = false;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const read = () => busy;
  const onServer = () => false;
  return {
    set(next) {
      if (busy === next) return;
      busy = next;
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, read, onServer),
  };
}
