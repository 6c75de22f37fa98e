import type { Cluster, Dataset } from '../model';

/** The clusters (cụm) and blocs (khối) of `year`, in the order the data lists them. [] for a year without any. */
export function clustersOf(dataset: Dataset, year: number): Cluster[] {
  return dataset.clusters.filter((c) => c.year === year);
}

/** For `year`, each member id → the clusters it belongs to (usually one). Members of no cluster are absent. */
export function clusterMembership(dataset: Dataset, year: number): Map<string, Cluster[]> {
  const membership = new Map<string, Cluster[]>();
  for (const cluster of clustersOf(dataset, year)) {
    for (const id of new Set(cluster.memberIds)) membership.set(id, [...(membership.get(id) ?? []), cluster]);
  }
  return membership;
}
