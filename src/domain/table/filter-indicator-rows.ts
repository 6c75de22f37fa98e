import type { Status } from '../model';
import { matchesSearch } from '../text/matches-search';
import type { IndicatorRow } from './indicator-rows';

export interface IndicatorFilter {
  /** Only these statuses; undefined or empty = all. */
  statuses?: readonly Status[];
  /** Only this group code; undefined = all. */
  group?: string;
  /** Words to find in the name (either language) or code, diacritics- and case-blind; blank = all. */
  search?: string;
}

/** True when `row` passes every part of `filter` (see IndicatorFilter). */
export function matchesIndicatorFilter(row: IndicatorRow, filter: IndicatorFilter): boolean {
  if (filter.statuses !== undefined && filter.statuses.length > 0 && !filter.statuses.includes(row.status))
    return false;
  if (filter.group !== undefined && row.groupCode !== filter.group) return false;
  const search = filter.search?.trim() ?? '';
  return search === '' || matchesSearch(`${row.code} ${row.name.vi} ${row.name.en}`, search);
}
