import type { AdminUnit } from '../model';

/**
 * The units that carry on `unitId` after it ended: its successorIds, then theirs, breadth first, each once
 * (a merged commune, then whatever that one merged into). Ids not in `units` are skipped; loops stop.
 * [] for a unit without successors or an unknown id.
 */
export function successorsOf(units: readonly AdminUnit[], unitId: string): AdminUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set([unitId]);
  const found: AdminUnit[] = [];
  const queue = [...(byId.get(unitId)?.successorIds ?? [])];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const unit = byId.get(id);
    if (seen.has(id) || unit === undefined) continue;
    seen.add(id);
    found.push(unit);
    queue.push(...unit.successorIds);
  }
  return found;
}
