import type { AwardRecord, Dataset } from '../model';
import { compareVietnamese } from '../text/compare-vietnamese';
import { clusterMembership } from '../units/clusters-of';

/** The key for awards with no unit (by 'unit') or whose unit is in no cluster that year (by 'cluster'). */
export const UNASSIGNED = '__unassigned__';

export type AwardCountBy = 'title' | 'unit' | 'cluster' | 'year';

export interface AwardCount {
  /** An award code, unit id, cluster id, the year as a string, or UNASSIGNED. */
  key: string;
  count: number;
}

/**
 * Sums AwardRecord.count (recipients, not records) by title, unit, cluster or year, optionally for one year.
 * A cluster is taken from the membership of the record's own year; a unit in two clusters (a cụm and a khối)
 * counts in both, so cluster totals may add up to more than the whole. Order: titles by award-type order,
 * units by name (Vietnamese collation; ids not in
 * `units` after them, by id), clusters in data order, years ascending; UNASSIGNED last.
 */
export function awardCounts(dataset: Dataset, options: { year?: number; by: AwardCountBy }): AwardCount[] {
  const { year, by } = options;
  const records = dataset.awards.filter((a) => year === undefined || a.year === year);
  const keysOf = keyFunction(dataset, by);
  const totals = new Map<string, number>();
  for (const record of records) {
    for (const key of keysOf(record)) totals.set(key, (totals.get(key) ?? 0) + record.count);
  }
  const rank = rankFunction(dataset, by);
  return [...totals]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => {
      if (a.key === UNASSIGNED || b.key === UNASSIGNED)
        return Number(a.key === UNASSIGNED) - Number(b.key === UNASSIGNED);
      return rank(a.key, b.key);
    });
}

function keyFunction(dataset: Dataset, by: AwardCountBy): (record: AwardRecord) => string[] {
  switch (by) {
    case 'title':
      return (r) => [r.awardCode];
    case 'unit':
      return (r) => [r.unitId ?? UNASSIGNED];
    case 'year':
      return (r) => [String(r.year)];
    case 'cluster': {
      const byYear = new Map<number, ReturnType<typeof clusterMembership>>();
      return (r) => {
        const membership = byYear.get(r.year) ?? clusterMembership(dataset, r.year);
        byYear.set(r.year, membership);
        const clusters = r.unitId === undefined ? undefined : membership.get(r.unitId);
        return clusters === undefined ? [UNASSIGNED] : clusters.map((c) => c.id);
      };
    }
  }
}

function rankFunction(dataset: Dataset, by: AwardCountBy): (a: string, b: string) => number {
  const position = (keys: string[]) => {
    const index = new Map(keys.map((k, i) => [k, i]));
    return (k: string) => index.get(k) ?? Number.POSITIVE_INFINITY;
  };
  switch (by) {
    case 'title': {
      const types = [...dataset.awardTypes].sort((a, b) => a.order - b.order);
      const at = position(types.map((t) => t.code));
      return (a, b) => at(a) - at(b) || (a < b ? -1 : a > b ? 1 : 0);
    }
    case 'unit': {
      const names = new Map(dataset.units.map((u) => [u.id, u.name]));
      return (a, b) => {
        const [nameA, nameB] = [names.get(a), names.get(b)];
        if (nameA === undefined || nameB === undefined) {
          return Number(nameA === undefined) - Number(nameB === undefined) || (a < b ? -1 : a > b ? 1 : 0);
        }
        return compareVietnamese(nameA, nameB);
      };
    }
    case 'cluster': {
      const at = position(dataset.clusters.map((c) => c.id));
      return (a, b) => at(a) - at(b) || (a < b ? -1 : a > b ? 1 : 0);
    }
    case 'year':
      return (a, b) => Number(a) - Number(b);
  }
}
