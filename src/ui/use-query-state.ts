import { useMemo, useSyncExternalStore } from 'react';

/** A change to the query string: a string sets the parameter, `undefined` removes it; others are kept. */
export type QueryPatch = Record<string, string | undefined>;

export interface SetQueryOptions {
  /** Replace the current history entry instead of adding one (for typing in a search box). */
  replace?: boolean;
}

/** Fired on `window` after `set` changes the URL: `pushState` fires no event of its own. */
const CHANGE_EVENT = 'chitieu:querychange';

/**
 * Applies a patch to a query string and returns the new one with a leading `?` (or `''` when empty).
 * Unknown parameters and their order are kept; new ones go last.
 */
export function applyQueryPatch(search: string, patch: QueryPatch): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/**
 * `location.search`, read once per change: React asks every subscribed component for the snapshot several
 * times per render, and reading `location` is a guarded native call (it showed in keystroke profiles).
 */
let knownSearch: string | undefined;
const readSearch = () => {
  knownSearch ??= window.location.search;
  return knownSearch;
};
// Registered before any component subscribes, so it runs first: the components then read the new value.
if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    knownSearch = undefined;
  });
const serverSearch = () => '';

/**
 * The page's query parameters as state. `set(patch)` updates the URL with `history.pushState`
 * (or `replaceState` with `{ replace: true }`), keeps the path, hash and parameters it does not name,
 * and re-renders every component using the hook; back and forward (`popstate`) do the same.
 * The returned `params` must be treated as read-only. On the server, params are empty.
 */
export function useQueryState(): [URLSearchParams, (patch: QueryPatch, opts?: SetQueryOptions) => void] {
  const search = useSyncExternalStore(subscribe, readSearch, serverSearch);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  return [params, setQuery];
}

/**
 * What `useQueryState`'s setter does, usable outside React: patches the query string of the current URL
 * (path and hash kept), adds or replaces a history entry, and tells every `useQueryState` to re-read.
 * Does nothing when the query string would not change.
 */
export function setQuery(patch: QueryPatch, opts?: SetQueryOptions): void {
  const { pathname, search: current, hash } = window.location;
  const next = applyQueryPatch(current, patch);
  if (next === current || (next === '' && current === '?')) return;
  const url = `${pathname}${next}${hash}`;
  if (opts?.replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  knownSearch = undefined;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
