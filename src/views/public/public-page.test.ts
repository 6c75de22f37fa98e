import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain';
import { readDataset } from './prerender';
import { type PageOptions, publicPage } from './public-page';
import { publicView } from './public-view';
import { renderHtml } from './render-html';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await readDataset(path.resolve(import.meta.dirname, '../../../data'));
});

const OPTIONS: PageOptions = {
  locale: 'vi',
  interactive: false,
  sort: 'original',
  fingerprint: 'abc',
  address: 'cong-khai/',
};
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('publicPage(view, options)', () => {
  it('prerenders the 2022 headline with its citation, and the table with caption, column and row headers', () => {
    const html = renderHtml(publicPage(publicView(dataset, 2022), OPTIONS));
    expect(html).toContain(
      '<p class="public-headline" data-total="38">Năm 2022: 38 chỉ tiêu, 27 vượt, 11 đạt, 0 không đạt</p>',
    );
    expect(html).toContain('Nguồn: Hội nghị tổng kết công tác thi đua khen thưởng năm 2022');
    expect(html).toContain('21/02/2023');
    expect(count(html, /<caption class="visually-hidden">/g)).toBe(2);
    expect(count(html, /<th scope="col"/g)).toBe(7 + 3);
    expect(count(html, /<tr class="indicator-row/g)).toBe(41);
    expect(count(html, /<th scope="row" class="col-indicator"/g)).toBe(41);
    expect(count(html, /<th scope="rowgroup"/g)).toBe(4);
  });

  it('says each status in words and shapes, not colour alone', () => {
    const html = renderHtml(publicPage(publicView(dataset, 2022), OPTIONS));
    expect(count(html, /status-badge--exceeded"><svg[^>]*data-shape="exceeded"/g)).toBe(
      count(html, /data-status="exceeded"/g) - 2, // the legend item and the chart part carry data-status too
    );
    expect(html).toContain('<span class="status-badge__word">Vượt</span>');
    expect(html).toContain('Không đạt: 0');
  });

  it('has no style attribute and no script, only a noscript note, when prerendered', () => {
    const html = renderHtml(publicPage(publicView(dataset, 2022), OPTIONS));
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('<noscript>');
    expect(html).toContain('<p class="sort-control" hidden>');
  });

  it('adds the sort control and drops the noscript note when interactive, and speaks English with ?lang=en', () => {
    const html = renderHtml(
      publicPage(publicView(dataset, 2021), { ...OPTIONS, locale: 'en', interactive: true, sort: 'status' }),
    );
    expect(html).toContain('<option value="status" selected>By status</option>');
    expect(html).not.toContain('<noscript>');
    expect(html).toMatch(/<p class="public-headline" data-total="38">2021: 38 targets/);
    expect(html).toContain('href="?nam=2021&amp;sap-xep=status" hreflang="vi"');
    expect(html).toContain('href="du-lieu-2021-en.csv"');
    expect(html).toContain('Illustrative sample data');
  });
});
