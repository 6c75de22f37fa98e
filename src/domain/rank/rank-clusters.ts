import type { ClusterKind, Dataset, Status } from '../model';
import { countByStatus, STATUS_ORDER } from '../status/count-by-status';
import { compareVietnamese } from '../text/compare-vietnamese';
import { clustersOf } from '../units/clusters-of';
import { assignRanks } from './assign-ranks';
import { compareScores, share } from './score';
import { type UnitSummaries, unitSummaries } from './unit-summaries';

export interface ClusterRank {
  clusterId: string;
  kind: ClusterKind;
  memberCount: number;
  /** Top-level indicator rows of all members that year. */
  total: number;
  /** Shown statuses of those rows, summed over members. */
  counts: Record<Status, number>;
  /** undefined when no member has results. */
  passingShare?: number;
  exceededShare?: number;
  /** Award recipients (sum of AwardRecord.count) of members that year. */
  awards: number;
  /** 1 = best, within the same kind (cụm rank against cụm, khối against khối); ties share a rank. */
  rank: number;
}

/**
 * The clusters of `year`, cụm first then khối, each kind best first: by the members' pooled passing share,
 * then exceeded share, then award recipients, then name (Vietnamese order). Clusters without results come
 * last in their kind. A cluster's pool is its members' top-level rows, so a member with more rows weighs more.
 */
export function rankClusters(
  dataset: Dataset,
  year: number,
  summaries: UnitSummaries = unitSummaries(dataset, year),
): ClusterRank[] {
  const rows = clustersOf(dataset, year).map((cluster) => {
    const members = new Set(cluster.memberIds);
    const counts = countByStatus([]);
    let total = 0;
    for (const id of members) {
      const member = summaries.get(id);
      if (member === undefined) continue;
      total += member.total;
      for (const status of STATUS_ORDER) counts[status] += member.counts[status];
    }
    const awards = dataset.awards
      .filter((a) => a.year === year && a.unitId !== undefined && members.has(a.unitId))
      .reduce((sum, a) => sum + a.count, 0);
    return {
      clusterId: cluster.id,
      kind: cluster.kind,
      name: cluster.name.vi,
      memberCount: members.size,
      total,
      counts,
      passingShare: share(counts.exceeded + counts.met, total),
      exceededShare: share(counts.exceeded, total),
      awards,
    };
  });
  type Row = (typeof rows)[number];
  const score = (a: Row, b: Row) => compareScores(a, b) || b.awards - a.awards;
  return (['cum', 'khoi'] as const).flatMap((kind) => {
    const ofKind = rows
      .filter((r) => r.kind === kind)
      .sort((a, b) => score(a, b) || compareVietnamese(a.name, b.name));
    return assignRanks(ofKind, (a, b) => score(a, b) === 0).map(({ name: _name, ...row }) => row);
  });
}
