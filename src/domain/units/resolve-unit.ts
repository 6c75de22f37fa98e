import type { AdminUnit } from '../model';
import { foldVietnamese } from '../text/fold-vietnamese';
import { isUnitValidAt } from './units-at';

export interface ResolveUnitOptions {
  /** Only units that exist on this ISO date. */
  at?: string;
  /** Type words a sheet may put before a name (“xã”, “thị trấn”, “TT”), ignored when nothing matches with them. */
  typeNames?: readonly string[];
}

/**
 * The unit a sheet means by `nameOrId`: an exact id first, then a name or alias compared with foldVietnamese
 * (so “Dế Su Phình” and “Zế Su Phình” find a unit that lists them as aliases, “xa cao pha” finds “Xã Cao Phạ”),
 * then the same with a leading type word removed from both sides. The first unit in list order wins a tie.
 * undefined when nothing matches.
 */
export function resolveUnit(
  units: readonly AdminUnit[],
  nameOrId: string,
  options: ResolveUnitOptions = {},
): AdminUnit | undefined {
  const { at } = options;
  const candidates = at === undefined ? units : units.filter((u) => isUnitValidAt(u, at));
  const byId = candidates.find((u) => u.id === nameOrId.trim());
  if (byId) return byId;
  const query = foldVietnamese(nameOrId);
  if (query === '') return undefined;
  const spellings = (u: AdminUnit) => [u.name, ...u.aliases].map(foldVietnamese);
  const exact = candidates.find((u) => spellings(u).includes(query));
  if (exact) return exact;
  const prefixes = (options.typeNames ?? []).map((t) => `${foldVietnamese(t)} `).filter((p) => p !== ' ');
  const strip = (s: string) =>
    prefixes.reduce((acc, p) => (acc.startsWith(p) ? acc.slice(p.length) : acc), s);
  const bare = strip(query);
  return candidates.find((u) => spellings(u).some((s) => strip(s) === bare));
}
