import type { AdminUnit, Indicator } from '../../domain/model';
import { foldWords } from '../text/fold-text';

const STAR = /\(\*+\)|\*+$/g;
const UNIT_PREFIX = /^(?:xa|thi tran|tt|phuong|huyen|thanh pho|tp|thi xa)\s+/;

/** The matching key of an indicator name: folded words, footnote stars dropped. */
export function nameKey(name: string): string {
  return foldWords(name.replace(STAR, ''));
}

/** The matching key of a unit name: folded words, “Xã”, “Phường”… dropped. */
export function unitKey(name: string): string {
  return foldWords(name).replace(UNIT_PREFIX, '');
}

export interface IndicatorKeys {
  /** Lower-case code → indicator (the last of a code wins). */
  byCode: ReadonlyMap<string, Indicator>;
  /** `nameKey` of the Vietnamese and English names and aliases → the first indicator with it. */
  byName: ReadonlyMap<string, Indicator>;
}

/**
 * Why a cache: folding every name and alias of the catalogue (a few thousand units at province scale) cost a
 * parse more than reading 1 000 rows; a page parses every dropped file against the same catalogue arrays. Kept
 * per array, with its elements, and made anew when any element or the length changed (the catalogue's objects
 * are never changed in place: the dataset is immutable). Bench: 1 000 rows, about 0.4 ms a parse.
 */
class KeysCache<Item, Keys> {
  private readonly byArray = new WeakMap<readonly Item[], { items: Item[]; keys: Keys }>();

  constructor(private readonly build: (items: readonly Item[]) => Keys) {}

  get(items: readonly Item[]): Keys {
    const cached = this.byArray.get(items);
    if (cached !== undefined && sameItems(cached.items, items)) return cached.keys;
    const keys = this.build(items);
    this.byArray.set(items, { items: [...items], keys });
    return keys;
  }
}

function sameItems<Item>(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const indicatorCache = new KeysCache<Indicator, IndicatorKeys>((indicators) => {
  const byCode = new Map<string, Indicator>();
  const byName = new Map<string, Indicator>();
  for (const indicator of indicators) {
    byCode.set(indicator.code.toLowerCase(), indicator);
    for (const name of [indicator.name.vi, indicator.name.en, ...indicator.aliases]) {
      const key = nameKey(name);
      if (key !== '' && !byName.has(key)) byName.set(key, indicator);
    }
  }
  return { byCode, byName };
});

const unitCache = new KeysCache<AdminUnit, ReadonlyMap<string, string>>((units) => {
  const keys = new Map<string, string>();
  for (const unit of units) {
    for (const name of [unit.id, unit.name, ...unit.aliases]) {
      const key = unitKey(name);
      if (key !== '' && !keys.has(key)) keys.set(key, unit.id);
    }
    keys.set(unit.id.toLowerCase(), unit.id);
  }
  return keys;
});

/** The catalogue's indicators by code and by name key. Must not be changed: shared between parses. */
export function indicatorKeys(indicators: readonly Indicator[]): IndicatorKeys {
  return indicatorCache.get(indicators);
}

/** Unit id, name and alias keys (`unitKey`, and the lower-case id) → unit id. Shared between parses. */
export function unitKeys(units: readonly AdminUnit[]): ReadonlyMap<string, string> {
  return unitCache.get(units);
}
