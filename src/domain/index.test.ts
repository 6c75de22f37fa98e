import { describe, expect, it } from 'vitest';
import * as domain from './index';

describe('the domain barrel', () => {
  it('exports every function the data layer and the UI import', () => {
    const names = [
      'foldVietnamese',
      'matchesSearch',
      'compareVietnamese',
      'evaluate',
      'countByStatus',
      'isPassing',
      'evaluateYear',
      'yearsOf',
      'summariseYear',
      'countsByGroup',
      'statusCountsByYear',
      'indicatorHistory',
      'yearOverYear',
      'unitsAt',
      'resolveUnit',
      'successorsOf',
      'clustersOf',
      'rankUnits',
      'rankClusters',
      'awardCounts',
      'awardTotalsByTitle',
      'reconcile',
      'toChartModel',
    ];
    for (const name of names) expect(typeof (domain as Record<string, unknown>)[name], name).toBe('function');
    expect(domain.STATUS_ORDER).toHaveLength(5);
    expect(domain.UNASSIGNED).toBe('__unassigned__');
  });
});
