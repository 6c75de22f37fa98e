import { afterEach, describe, expect, it } from 'vitest';
import { applyQueryPatch, setQuery } from './use-query-state';

describe('applyQueryPatch(search, patch)', () => {
  it('sets and removes named parameters and keeps unknown ones', () => {
    expect(applyQueryPatch('?year=2021&utm=x&lang=en', { year: '2022', lang: undefined })).toBe(
      '?year=2022&utm=x',
    );
  });

  it('adds new parameters last and returns an empty string when none are left', () => {
    expect(applyQueryPatch('', { q: 'lúa' })).toBe('?q=l%C3%BAa');
    expect(applyQueryPatch('?q=a', { q: undefined })).toBe('');
  });
});

/** A stand-in for the browser's window: location, history and events, nothing else. */
function fakeWindow(url: string) {
  const target = new EventTarget();
  const location = new URL(url);
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const move = (kind: 'push' | 'replace') => (_state: unknown, _title: string, next: string) => {
    calls.push({ kind, url: next });
    const resolved = new URL(next, location);
    location.search = resolved.search;
    location.hash = resolved.hash;
  };
  const events: string[] = [];
  target.addEventListener('chitieu:querychange', () => events.push('change'));
  Object.assign(target, {
    location,
    history: { state: null, pushState: move('push'), replaceState: move('replace') },
  });
  return { window: target, calls, events };
}

describe('setQuery(patch, opts)', () => {
  const original = (globalThis as { window?: unknown }).window;
  afterEach(() => {
    (globalThis as { window?: unknown }).window = original;
  });

  it('pushes a new entry with the path and hash kept, and tells hooks to re-read', () => {
    const fake = fakeWindow('https://example.gov.vn/sub/trinh-chieu/?lang=en&year=2021#slide-3');
    (globalThis as { window?: unknown }).window = fake.window;
    setQuery({ year: '2022' });
    expect(fake.calls).toEqual([{ kind: 'push', url: '/sub/trinh-chieu/?lang=en&year=2022#slide-3' }]);
    expect(fake.events).toEqual(['change']);
  });

  it('replaces the entry when asked', () => {
    const fake = fakeWindow('https://example.gov.vn/?q=a');
    (globalThis as { window?: unknown }).window = fake.window;
    setQuery({ q: 'ab' }, { replace: true });
    expect(fake.calls).toEqual([{ kind: 'replace', url: '/?q=ab' }]);
  });

  it('does nothing when the query would not change', () => {
    const fake = fakeWindow('https://example.gov.vn/?year=2022');
    (globalThis as { window?: unknown }).window = fake.window;
    setQuery({ year: '2022', q: undefined });
    expect(fake.calls).toEqual([]);
    expect(fake.events).toEqual([]);
  });
});
