import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Source } from '../domain/model';
import type { Locale } from '../i18n/locale';
import { I18nProvider } from './i18n-context';
import { SampleBadge } from './sample-badge';
import { SourceCitation, safeHttpUrl } from './source-citation';

const report: Source = {
  id: 'bao-cao',
  title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022',
  publisher: 'Cổng thông tin điện tử huyện',
  url: 'https://example.gov.vn/tin?id=1',
  publishedAt: '2023-02-21',
  kind: 'report',
  isSample: false,
};

const render = (locale: Locale, source: Source) =>
  renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <SourceCitation source={source} />
    </I18nProvider>,
  );

describe('SourceCitation', () => {
  it('cites title, publisher and the date in the locale’s format, then links the original', () => {
    const html = render('vi', report);
    expect(html).toContain(
      'Nguồn: Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, Cổng thông tin điện tử huyện, 21/02/2023',
    );
    expect(html).toContain('href="https://example.gov.vn/tin?id=1"');
    expect(render('en', report)).toContain('21 Feb 2023');
  });

  it('renders data as text, never as markup', () => {
    const html = render('vi', { ...report, title: '<b>x</b>' });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('leaves out the date and the link when the source has none, and never links a javascript: URL', () => {
    const html = render('vi', { ...report, publishedAt: undefined, url: 'javascript:alert(1)' });
    expect(html).toContain(
      'Nguồn: Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, Cổng thông tin điện tử huyện</cite>',
    );
    expect(html).not.toContain('href');
  });

  it('marks sample sources with the sample badge', () => {
    expect(render('vi', { ...report, isSample: true })).toContain('Dữ liệu minh họa');
    expect(render('vi', report)).not.toContain('Dữ liệu minh họa');
  });
});

describe('safeHttpUrl(url)', () => {
  it('keeps http and https URLs and drops everything else', () => {
    expect(safeHttpUrl('https://a.vn/x')).toBe('https://a.vn/x');
    expect(safeHttpUrl('http://a.vn/')).toBe('http://a.vn/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});

describe('SampleBadge', () => {
  it('says “Dữ liệu minh họa” and explains it to mouse and screen-reader users', () => {
    const html = renderToStaticMarkup(<SampleBadge />);
    expect(html).toContain('Dữ liệu minh họa');
    expect(html).toContain('title="Số liệu này do nhóm phát triển');
    expect(html).toContain('<span class="visually-hidden">: Số liệu này');
  });

  it('shows the explanation as visible text when asked, in English on the English page', () => {
    const html = renderToStaticMarkup(
      <I18nProvider locale="en">
        <SampleBadge explain />
      </I18nProvider>,
    );
    expect(html).toContain(
      '<p class="sample-note"><span class="sample-badge">Illustrative sample data</span> These figures',
    );
  });
});
