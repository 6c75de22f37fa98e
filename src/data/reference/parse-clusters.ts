import type { Cluster } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  id: { required: true },
  kind: { required: true },
  name_vi: { required: true },
  name_en: {},
  year: { required: true },
  leader_id: {},
  member_ids: { required: true },
  is_sample: {},
} as const;

/**
 * clusters.csv → emulation clusters (cụm) and blocs (khối). Members and the leader must be known units
 * (`unitIds`): an unknown member is an `unknownReference` error and is left out; the cluster is kept.
 */
export function parseClusters(
  rows: string[][],
  file: string,
  known: { unitIds?: ReadonlySet<string> } = {},
): Parsed<Cluster> {
  const t = new TableReader(rows, file, SPEC);
  const clusters: Cluster[] = [];
  const seen = new Map<string, number>();
  t.each(() => {
    const id = t.required('id');
    const kind = t.oneOf('kind', ['cum', 'khoi'] as const);
    const nameVi = t.required('name_vi');
    const year = t.year('year');
    const memberIds = t.list('member_ids');
    if (!t.rowOk || kind === undefined || year === undefined) return;
    const cluster: Cluster = {
      id,
      kind,
      name: { vi: nameVi, en: t.optional('name_en') ?? nameVi },
      year,
      memberIds: t.references('member_ids', memberIds, known.unitIds, 'units.csv'),
      isSample: t.boolean('is_sample'),
    };
    const leaderId = t.reference('leader_id', known.unitIds, 'units.csv');
    if (leaderId !== undefined) cluster.leaderId = leaderId;
    if (t.unique('id', seen, `${id}`)) clusters.push(cluster);
  });
  return { rows: clusters, issues: t.issues };
}
