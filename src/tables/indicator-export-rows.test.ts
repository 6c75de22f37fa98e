import { describe, expect, it } from 'vitest';
import { csvOptionsFor, toCsv } from '../data/export/to-csv';
import { indicatorRows } from '../domain/table/indicator-rows';
import { sampleDataset } from '../domain/testing/sample-dataset';
import { messagesFor } from '../i18n/locale';
import { indicatorExportRows } from './indicator-export-rows';

describe('indicatorExportRows(rows, groups, t, locale)', () => {
  const dataset = sampleDataset();
  const rows = indicatorRows(dataset, 2022);

  it('has a header and one row per indicator, figures as numbers and words in the language', () => {
    const out = indicatorExportRows(rows, dataset.groups, messagesFor('vi'), 'vi');
    expect(out).toHaveLength(rows.length + 1);
    expect(out[0]?.[2]).toBe('Chỉ tiêu');
    const kt01 = out.find((r) => r[0] === 'KT01');
    expect(kt01?.[5]).toBe(110);
    expect(kt01?.[6]).toBe(110);
    expect(kt01?.[8]).toBe('Vượt');
    const en = indicatorExportRows(rows, dataset.groups, messagesFor('en'), 'en');
    expect(en.find((r) => r[0] === 'KT01')?.[8]).toBe('Exceeded');
  });

  it('puts percent indicators’ comparison in points, not in % of plan', () => {
    const out = indicatorExportRows(rows, dataset.groups, messagesFor('vi'), 'vi');
    const xh01 = out.find((r) => r[0] === 'XH01');
    expect(xh01?.[6]).toBeUndefined();
    expect(xh01?.[7]).toBe(0);
  });

  it('neutralises a hostile indicator name when written as CSV, while numbers stay numbers', () => {
    const hostile = rows.map((r) =>
      r.code === 'KT01' ? { ...r, name: { vi: '=HYPERLINK("x")', en: 'x' } } : r,
    );
    const csv = toCsv(
      indicatorExportRows(hostile, dataset.groups, messagesFor('vi'), 'vi'),
      csvOptionsFor('vi'),
    );
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(csv).toContain(';110;110;;Vượt;');
  });
});
