import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../evaluate-year';
import { makeDataset, makeIndicator, valueRow } from '../testing/fixtures';
import { sampleDataset } from '../testing/sample-dataset';
import { countsByGroup } from './counts-by-group';

const zero = { exceeded: 0, met: 0, basicallyMet: 0, notMet: 0, noData: 0 };

describe('countsByGroup(evaluated, groups)', () => {
  it('counts top-level indicators per group, in group order', () => {
    const dataset = sampleDataset();
    const rows = countsByGroup(evaluateYear(dataset, 2022), dataset.groups);
    expect(rows.map((r) => [r.group.code, r.total, r.counts])).toEqual([
      ['kinh-te', 2, { ...zero, exceeded: 1, met: 1 }],
      ['van-hoa', 2, { ...zero, met: 1, notMet: 1 }],
    ]);
  });

  it('orders by group order whatever the order of the evaluated list', () => {
    const dataset = sampleDataset();
    const reversed = [...evaluateYear(dataset, 2022)].reverse();
    expect(countsByGroup(reversed, dataset.groups).map((r) => r.group.code)).toEqual(['kinh-te', 'van-hoa']);
  });

  it('leaves out groups without indicators', () => {
    const dataset = sampleDataset();
    expect(
      countsByGroup(evaluateYear(dataset, 2022, 'xa-a'), dataset.groups).map((r) => r.group.code),
    ).toEqual(['kinh-te']);
    expect(countsByGroup([], dataset.groups)).toEqual([]);
  });

  it('counts indicators of an unlisted group last, under a stand-in group named by its code', () => {
    const dataset = makeDataset({
      indicators: [makeIndicator({ code: 'Q', group: 'moi-truong' }), makeIndicator({ code: 'P' })],
      results: [valueRow('Q', 2022, 1, 1), valueRow('P', 2022, 1, 2)],
    });
    const rows = countsByGroup(evaluateYear(dataset, 2022), dataset.groups);
    expect(rows.map((r) => r.group)).toEqual([
      dataset.groups.find((g) => g.code === 'kinh-te'),
      { code: 'moi-truong', name: { vi: 'moi-truong', en: 'moi-truong' }, order: Infinity },
    ]);
  });
});
