import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../domain/table/indicator-rows';
import { sampleDataset } from '../domain/testing/sample-dataset';
import { I18nProvider } from '../ui/i18n-context';
import { IndicatorTable, ROW_BATCH } from './indicator-table';
import { syntheticRows } from './synthetic-rows';

const groups = [
  { code: 'kinh-te', name: { vi: 'Kinh tế', en: 'Economy' }, order: 1 },
  { code: 'van-hoa', name: { vi: 'Văn hóa', en: 'Culture' }, order: 2 },
];

function render(rows: Parameters<typeof IndicatorTable>[0]['rows'], filter = {}, locale: 'vi' | 'en' = 'vi') {
  return renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <IndicatorTable
        rows={rows}
        groups={groups}
        filter={filter}
        caption="Bảng"
        detailHref={(code) => `?chi-tieu=${code}`}
        onOpen={() => {}}
        toolbar={(shown) => <p data-shown={shown.length} />}
      />
    </I18nProvider>,
  );
}

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('IndicatorTable', () => {
  const rows = indicatorRows(sampleDataset(), 2022);

  it('draws a header row per group, in group order, then its rows with status as icon and word', () => {
    const html = render(rows);
    expect(html.indexOf('Kinh tế')).toBeLessThan(html.indexOf('Văn hóa'));
    expect(count(html, 'class="indicator-table__row"')).toBe(4);
    expect(html).toContain('status-badge--exceeded');
    expect(html).toContain('data-shape="exceeded"');
    expect(html).toContain('>Vượt<');
    expect(html).toContain('href="?chi-tieu=KT01"');
  });

  it('filters with the whole IndicatorFilter and tells the toolbar how many rows are shown', () => {
    const html = render(rows, { statuses: ['met'] });
    expect(count(html, 'class="indicator-table__row"')).toBe(2);
    expect(html).toContain('data-shown="2"');
    expect(render(rows, { search: 'zzz' })).toContain('Không có chỉ tiêu nào khớp bộ lọc.');
  });

  it('draws only the first batch of 2,000 rows, says so, and offers the rest', () => {
    const html = render(syntheticRows(2_000));
    expect(count(html, 'class="indicator-table__row"')).toBe(ROW_BATCH);
    expect(html).toContain('data-shown="2000"');
    expect(html).toContain(`Đang vẽ ${ROW_BATCH} dòng đầu trong 2.000 dòng khớp bộ lọc.`);
    expect(html).toContain(`Hiện thêm ${ROW_BATCH} dòng`);
    expect(render(syntheticRows(ROW_BATCH))).not.toContain('Hiện thêm');
  });

  it('speaks English with en numbers', () => {
    const html = render([{ ...syntheticRows(1)[0], actual: 1234.5 } as (typeof rows)[number]], {}, 'en');
    expect(html).toContain('>1,234.5<');
    expect(html).toContain('>Exceeded<');
  });
});

describe('IndicatorTable cells', () => {
  it('says done / not done in the reader’s language and leaves out an empty unit', () => {
    const [base] = syntheticRows(1);
    if (base === undefined) throw new Error('no row');
    const done = {
      ...base,
      actual: undefined,
      done: true,
      actualText: 'hoàn thành',
      unit: { vi: '', en: '' },
    };
    const en = render([done], {}, 'en');
    expect(en).toContain('>Done<');
    expect(en).not.toContain('()');
    expect(render([{ ...done, done: false }])).toContain('>Chưa hoàn thành<');
  });
});
