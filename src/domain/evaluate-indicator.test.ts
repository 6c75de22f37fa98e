import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { indexResults } from './result-index';
import { makeDataset, makeIndicator, RULES, valueRow } from './testing/fixtures';

describe('evaluateIndicator(index, rules, indicator, year, unitId)', () => {
  it('evaluates sub-measures that have a row that year and skips the others', () => {
    const parent = makeIndicator({ code: 'P', targetKind: 'composite' });
    const dataset = makeDataset({
      indicators: [
        parent,
        makeIndicator({ code: 'C1', parentCode: 'P' }),
        makeIndicator({ code: 'C2', parentCode: 'P' }),
      ],
      results: [valueRow('C2', 2022, 10, 11)],
    });
    const e = evaluateIndicator(indexResults(dataset), RULES, parent, 2022, undefined);
    expect(e.result).toBeUndefined();
    expect(e.children.map((c) => c.indicator.code)).toEqual(['C2']);
    expect(e.evaluation).toMatchObject({ computedStatus: 'exceeded', rule: 'composite' });
  });

  it('stops at the repeat when parentCode links loop', () => {
    const a = makeIndicator({ code: 'A', parentCode: 'B', targetKind: 'composite' });
    const b = makeIndicator({ code: 'B', parentCode: 'A', targetKind: 'composite' });
    const dataset = makeDataset({
      indicators: [a, b],
      results: [valueRow('A', 2022, 1, 1), valueRow('B', 2022, 1, 2)],
    });
    const e = evaluateIndicator(indexResults(dataset), RULES, a, 2022, undefined);
    expect(e.children.map((c) => c.indicator.code)).toEqual(['B']);
    expect(e.children[0]?.children).toEqual([]);
    expect(e.children[0]?.evaluation.computedStatus).toBe('exceeded');
    expect(e.evaluation.computedStatus).toBe('exceeded');
  });
});
