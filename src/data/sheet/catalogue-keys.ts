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

export interface UnitKeys {
  /** `unitKey` of ids, names and aliases, and the lower-case ids → unit id. */
  keys: ReadonlyMap<string, string>;
  /** Each id, name and alias as written → `findUnit` of it: a sheet names its communes as the catalogue does. */
  named: ReadonlyMap<string, string | undefined>;
}

const unitCache = new KeysCache<AdminUnit, UnitKeys>((units) => {
  const keys = new Map<string, string>();
  const names: string[] = [];
  for (const unit of units) {
    for (const name of [unit.id, unit.name, ...unit.aliases]) {
      const key = unitKey(name);
      if (key !== '' && !keys.has(key)) keys.set(key, unit.id);
      names.push(name);
    }
    keys.set(unit.id.toLowerCase(), unit.id);
  }
  const named = new Map<string, string | undefined>();
  for (const name of names) named.set(name, lookUp(keys, name));
  return { keys, named };
});

function lookUp(keys: ReadonlyMap<string, string>, text: string): string | undefined {
  return keys.get(text.toLowerCase()) ?? keys.get(unitKey(text));
}

/**
 * The unit a (normalised) unit cell names: by lower-case id, name or alias, else by `unitKey` (diacritics, case and
 * the “Xã” prefix left out). A cell written as the catalogue writes a name is answered without folding it (folding
 * the few thousand communes of a province sheet cost 3 ms of its parse).
 */
export function findUnit(units: UnitKeys, text: string): string | undefined {
  return units.named.has(text) ? units.named.get(text) : lookUp(units.keys, text);
}

/** The catalogue's indicators by code and by name key. Must not be changed: shared between parses. */
export function indicatorKeys(indicators: readonly Indicator[]): IndicatorKeys {
  return indicatorCache.get(indicators);
}

/** The keys `findUnit` looks units up by. Shared between parses. */
export function unitKeys(units: readonly AdminUnit[]): UnitKeys {
  return unitCache.get(units);
}
