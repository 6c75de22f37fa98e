import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale';
import { type ChartModel, ChartPanel, TABLE_ROWS } from './chart-panel';
import { ErrorBoundary } from './error-boundary';
import { I18nProvider } from './i18n-context';

const ready: ChartModel<number[]> = { kind: 'ready', data: [27, 11, 0] };
const empty: ChartModel<number[]> = { kind: 'empty' };
const table = {
  columns: ['Đánh giá', 'Số chỉ tiêu'],
  rows: [
    ['Vượt', '27'],
    ['Đạt', '11'],
  ],
};

function render(
  locale: Locale,
  model: ChartModel<number[]>,
  extra: { summary?: string; withTable?: boolean } = {},
) {
  return renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <ChartPanel
        title="Kết quả năm 2022"
        model={model}
        render={(data) => <svg data-testid="chart" data-count={data.length} />}
        summary={extra.summary}
        table={extra.withTable ? table : undefined}
      />
    </I18nProvider>,
  );
}

describe('ChartPanel', () => {
  it('renders a figure whose caption holds the title and the summary sentence', () => {
    const html = render('vi', ready, { summary: 'Năm 2022, 27 trong 38 chỉ tiêu vượt kế hoạch' });
    expect(html).toMatch(/^<figure class="chart-panel">/);
    expect(html).toContain(
      '<figcaption class="chart-panel__caption"><h3 class="chart-panel__title">Kết quả năm 2022</h3>',
    );
    expect(html).toContain(
      '<p class="chart-panel__summary">Năm 2022, 27 trong 38 chỉ tiêu vượt kế hoạch</p>',
    );
    expect(html).toContain('data-count="3"');
  });

  it('shows the empty message instead of the chart in the reader’s language', () => {
    expect(render('vi', empty)).toContain('Không có số liệu cho lựa chọn này.');
    expect(render('en', empty)).toContain('There is no data for this selection.');
    expect(render('vi', empty)).not.toContain('data-testid="chart"');
  });

  it('offers the figures as a table behind “Xem dạng bảng”, with row and column headers', () => {
    const html = render('vi', ready, { withTable: true });
    expect(html).toContain('<details class="chart-panel__table"><summary>Xem dạng bảng</summary>');
    expect(html).toContain('<th scope="col">Số chỉ tiêu</th>');
    expect(html).toContain('<th scope="row">Vượt</th><td>27</td>');
    expect(render('en', ready, { withTable: true })).toContain('<summary>Show as table</summary>');
  });

  it('says “calculating” as a status while the model is pending, with no chart and no table yet', () => {
    const pending: ChartModel<number[]> = { kind: 'pending' };
    expect(render('vi', pending, { withTable: true })).toContain(
      '<p class="chart-panel__message" role="status">Đang tính…</p>',
    );
    expect(render('en', pending)).toContain('Calculating…');
    expect(render('vi', pending, { withTable: true })).not.toMatch(/data-testid="chart"|<details/);
  });

  it('offers no table when there is none or the model is empty', () => {
    expect(render('vi', ready)).not.toContain('<details');
    expect(render('vi', empty, { withTable: true })).not.toContain('<details');
  });

  it('uses no inline styles (the pages run under a CSP without unsafe-inline)', () => {
    expect(render('vi', ready, { withTable: true, summary: 'x' })).not.toContain('style=');
  });

  it('gives its boundary a role="alert" fallback in the reader’s language (boundary logic: error-boundary.test)', () => {
    // Server rendering never triggers a boundary, so capture the fallback the panel hands its boundary.
    for (const [locale, text] of [
      ['vi', 'Không vẽ được biểu đồ này.'],
      ['en', 'This chart could not be drawn.'],
    ] as const) {
      const fallback = boundaryFallbackOf(locale);
      expect(renderToStaticMarkup(<I18nProvider locale={locale}>{fallback}</I18nProvider>)).toBe(
        `<p role="alert" class="chart-panel__message chart-panel__message--failed">${text}</p>`,
      );
    }
  });
});

function boundaryFallbackOf(locale: Locale): ReactNode {
  let fallback: ReactNode = null;
  const original = ErrorBoundary.prototype.render;
  ErrorBoundary.prototype.render = function (this: ErrorBoundary) {
    fallback = this.props.fallback;
    return null;
  };
  try {
    renderToStaticMarkup(
      <I18nProvider locale={locale}>
        <ChartPanel title="t" model={ready} render={() => null} />
      </I18nProvider>,
    );
  } finally {
    ErrorBoundary.prototype.render = original;
  }
  return fallback;
}

const panel = (rows: number, locale: 'vi' | 'en' = 'vi') =>
  renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <ChartPanel
        title="Xếp hạng"
        model={{ kind: 'ready', data: [1, 2, 3] }}
        render={(data) => <p className="drawn">{data.join(',')}</p>}
        table={{
          columns: ['Đơn vị', 'Tỷ lệ'],
          rows: Array.from({ length: rows }, (_, i) => [`Xã ${i + 1}`, `${i}%`]),
        }}
      />
    </I18nProvider>,
  );

describe('ChartPanel with a long table', () => {
  it('draws its model and lists a long table’s first rows, saying how many there are in all', () => {
    const html = panel(2500);
    expect(html).toContain('<p class="drawn">1,2,3</p>');
    expect((html.match(/<tr>/g) ?? []).length).toBe(TABLE_ROWS + 1);
    expect(html).toContain(`Đang hiện ${TABLE_ROWS} trong 2.500 dòng.`);
    expect(html).toContain('Hiện tất cả 2.500 dòng');
    expect(panel(2500, 'en')).toContain('Show all 2,500 rows');
  });

  it('formats only the rows it draws when given a row count and a row writer', () => {
    const written: number[] = [];
    const html = renderToStaticMarkup(
      <I18nProvider locale="vi">
        <ChartPanel
          title="Xếp hạng"
          model={{ kind: 'ready', data: [1] }}
          render={() => <p />}
          table={{
            columns: ['Đơn vị', 'Tỷ lệ'],
            rows: {
              count: 2500,
              row: (i) => {
                written.push(i);
                return [`Xã ${i + 1}`, `${i}%`];
              },
            },
          }}
        />
      </I18nProvider>,
    );
    expect(written).toEqual(Array.from({ length: TABLE_ROWS }, (_, i) => i));
    expect(html).toContain('<th scope="row">Xã 100</th><td>99%</td>');
    expect(html).toContain(`Đang hiện ${TABLE_ROWS} trong 2.500 dòng.`);
  });

  it('lists a short table whole, with no “show all”', () => {
    const html = panel(12);
    expect((html.match(/<tr>/g) ?? []).length).toBe(13);
    expect(html).not.toContain('Hiện tất cả');
  });
});
