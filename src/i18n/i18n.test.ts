import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}

const viLeaves = leaves(vi);
const enLeaves = leaves(en);

/** Sample arguments that work for string and number parameters alike; 1 exercises singular branches. */
const SAMPLES = [[7, 3, 2, 1, 0] as const, [1, 1, 1, 1, 1] as const];

describe('messages vi and en', () => {
  it('have exactly the same keys, at every depth', () => {
    expect(enLeaves.map((l) => l.path).sort()).toEqual(viLeaves.map((l) => l.path).sort());
  });

  it('have only strings and functions as leaves, the same kind for a key in both', () => {
    const enByPath = new Map(enLeaves.map((l) => [l.path, l.value]));
    for (const { path, value } of viLeaves) {
      expect(['string', 'function'], path).toContain(typeof value);
      expect(typeof enByPath.get(path), path).toBe(typeof value);
    }
  });

  it('have no empty or blank strings', () => {
    for (const { path, value } of [...viLeaves, ...enLeaves]) {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
    }
  });

  it('have functions that return non-empty text for sample arguments, with nothing undefined in it', () => {
    for (const { path, value } of [...viLeaves, ...enLeaves]) {
      if (typeof value !== 'function') continue;
      for (const args of SAMPLES) {
        const text: unknown = value(...args);
        expect(typeof text, path).toBe('string');
        expect((text as string).trim(), path).not.toBe('');
        expect(text, path).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('translate rather than copy: English differs from Vietnamese for the words that must', () => {
    expect(en.status.exceeded).not.toBe(vi.status.exceeded);
    expect(en.app.title).not.toBe(vi.app.title);
  });
});

describe('vi messages', () => {
  it('say the seed headline and summary as the report does', () => {
    expect(vi.summary.headline(2022, 38, 27, 11, 0)).toBe(
      'Năm 2022: 38 chỉ tiêu, 27 vượt, 11 đạt, 0 không đạt',
    );
    expect(vi.summary.sentence(2022, 27, 38)).toBe('Năm 2022, 27 trong 38 chỉ tiêu vượt kế hoạch');
  });

  it('name the language to switch to in that language', () => {
    expect(vi.lang.switchTo).toBe('English');
    expect(en.lang.switchTo).toBe('Tiếng Việt');
  });

  it('cite a source with or without a date', () => {
    expect(vi.source.cite('Báo cáo', 'UBND huyện', '21/02/2023')).toBe(
      'Nguồn: Báo cáo, UBND huyện, 21/02/2023',
    );
    expect(vi.source.cite('Báo cáo', 'UBND huyện')).toBe('Nguồn: Báo cáo, UBND huyện');
  });
});

describe('en messages', () => {
  it('say the headline and summary in English with singular and plural', () => {
    expect(en.summary.headline(2022, 38, 27, 11, 0)).toBe('2022: 38 targets, 27 exceeded, 11 met, 0 not met');
    expect(en.summary.sentence(2022, 27, 38)).toBe('In 2022, 27 of 38 targets were exceeded');
    expect(en.summary.sentence(2022, 1, 1)).toBe('In 2022, 1 of 1 target was exceeded');
  });
});

describe('counts in messages', () => {
  it('are grouped as the locale writes numbers (a province’s file has 100.000 rows), years are not', () => {
    expect(vi.importer.changes(100_000, 1234, 0)).toBe('Thêm 100.000 kết quả, thay đổi 1.234, giữ nguyên 0.');
    expect(en.importer.changes(100_000, 1234, 0)).toBe(
      'Adds 100,000 results, changes 1,234, leaves 0 as they are.',
    );
    expect(en.importer.changes(1, 0, 0)).toBe('Adds 1 result, changes 0, leaves 0 as they are.');
    expect(vi.importer.unitList(2858, 'Xã A, Xã B, …')).toBe('2.858 đơn vị: Xã A, Xã B, …');
    expect(en.importer.unitList(2858, 'A, B, …')).toBe('2,858 units: A, B, …');
    expect(vi.load.issues(1500)).toBe('Có 1.500 vấn đề trong tệp dữ liệu.');
    expect(en.load.issues(1500)).toBe('There are 1,500 issues in the data file.');
    expect(vi.dashboard.table.partial(300, 2000)).toBe('Đang vẽ 300 dòng đầu trong 2.000 dòng khớp bộ lọc.');
    expect(en.dashboard.table.showMore(1000)).toBe('Show 1,000 more rows');
    expect(vi.importer.newIndicators(1200)).toBe('trong đó 1.200 chỉ tiêu chưa có trong danh mục');
    expect(vi.summary.headline(2022, 38, 27, 11, 0)).toBe(
      'Năm 2022: 38 chỉ tiêu, 27 vượt, 11 đạt, 0 không đạt',
    );
  });
});
