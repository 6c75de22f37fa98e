import { evaluateYear } from './evaluate-year';
import type { Dataset } from './model';
import { summariseYear } from './summarise-year';

export interface StatusTally {
  total: number;
  exceeded: number;
  met: number;
  notMet: number;
}

export interface SummaryReconciliation {
  year: number;
  published: StatusTally;
  /** From the organisation's own rows (no unit) of that year, by the rules (computedStatus), not the printed labels. */
  computed: StatusTally;
  matches: boolean;
}

export interface AwardCountReconciliation {
  year: number;
  awardCode: string;
  published: number;
  /** Sum of AwardRecord.count for that year and title, all units. */
  computed: number;
  matches: boolean;
}

export interface Reconciliation {
  summaries: SummaryReconciliation[];
  awardCounts: AwardCountReconciliation[];
}

/**
 * Checks every published figure against the records: each PublishedSummary against the statuses the rules give
 * for that year, each PublishedAwardCount against the award records. This is what shows that the bundled sample
 * reproduces the report's 38 / 27 / 11 / 0 and its award totals. Rows follow the published lists' order.
 */
export function reconcile(dataset: Dataset): Reconciliation {
  const summaries = dataset.publishedSummaries.map((published): SummaryReconciliation => {
    const { total, counts } = summariseYear(evaluateYear(dataset, published.year), 'computed');
    const computed = { total, exceeded: counts.exceeded, met: counts.met, notMet: counts.notMet };
    const matches =
      computed.total === published.total &&
      computed.exceeded === published.exceeded &&
      computed.met === published.met &&
      computed.notMet === published.notMet;
    return {
      year: published.year,
      published: {
        total: published.total,
        exceeded: published.exceeded,
        met: published.met,
        notMet: published.notMet,
      },
      computed,
      matches,
    };
  });
  const awardCounts = dataset.publishedAwardCounts.map((published): AwardCountReconciliation => {
    const computed = dataset.awards
      .filter((a) => a.year === published.year && a.awardCode === published.awardCode)
      .reduce((sum, a) => sum + a.count, 0);
    return {
      year: published.year,
      awardCode: published.awardCode,
      published: published.count,
      computed,
      matches: computed === published.count,
    };
  });
  return { summaries, awardCounts };
}
