import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Status } from '../domain/model';
import type { Locale } from '../i18n/locale';
import { I18nProvider } from './i18n-context';
import { STATUS_DISPLAY_ORDER, StatusBadge } from './status-badge';

const render = (locale: Locale, node: ReactNode) =>
  renderToStaticMarkup(<I18nProvider locale={locale}>{node}</I18nProvider>);

const WORDS: Record<Locale, Record<Status, string>> = {
  vi: {
    exceeded: 'Vượt',
    met: 'Đạt',
    basicallyMet: 'Cơ bản đạt',
    notMet: 'Không đạt',
    noData: 'Chưa có số liệu',
  },
  en: {
    exceeded: 'Exceeded',
    met: 'Met',
    basicallyMet: 'Basically met',
    notMet: 'Not met',
    noData: 'No data',
  },
};

describe('StatusBadge', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`shows the word, a hidden icon and a status class for every status (${locale})`, () => {
      for (const status of STATUS_DISPLAY_ORDER) {
        const html = render(locale, <StatusBadge status={status} />);
        expect(html).toContain(`>${WORDS[locale][status]}</span>`);
        expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
        expect(html).toContain(`data-shape="${status}"`);
        expect(html).toContain(`status-badge--${status}`);
        expect(html).not.toContain('style=');
      }
    });
  }

  it('draws a different shape for each status, so colour is never the only cue', () => {
    const shapes = STATUS_DISPLAY_ORDER.map((status) =>
      render('vi', <StatusBadge status={status} />).replace(/.*<svg[^>]*>(.*)<\/svg>.*/, '$1'),
    );
    expect(new Set(shapes).size).toBe(STATUS_DISPLAY_ORDER.length);
  });

  it('marks a mismatch between the report and the rules, with the text for screen readers too', () => {
    const html = render(
      'vi',
      <StatusBadge status="met" mismatch={{ reported: 'met', computed: 'exceeded' }} />,
    );
    const text = 'Báo cáo ghi “Đạt”, tính theo quy tắc là “Vượt”.';
    expect(html).toContain(`title="${text}"`);
    expect(html).toContain(`<span class="visually-hidden">${text}</span>`);
  });

  it('shows no mismatch marker when the report and the rules agree or there is no mismatch', () => {
    expect(
      render('en', <StatusBadge status="met" mismatch={{ reported: 'met', computed: 'met' }} />),
    ).not.toContain('status-badge__mismatch');
    expect(render('en', <StatusBadge status="met" />)).not.toContain('status-badge__mismatch');
  });
});
