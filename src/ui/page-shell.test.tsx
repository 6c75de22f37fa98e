import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale';
import { I18nProvider } from './i18n-context';
import { PageShell, withLang } from './page-shell';
import { MAIN_ID } from './skip-link';

const links = { dashboard: '../', presentation: '../trinh-chieu/', public: './' };

function render(locale: Locale) {
  return renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <PageShell
        organisationName="UBND huyện X"
        title="Công khai"
        current="public"
        links={links}
        footer="chân trang"
      >
        nội dung
      </PageShell>
    </I18nProvider>,
  );
}

describe('withLang(href, locale)', () => {
  it('leaves links alone on the Vietnamese page', () => {
    expect(withLang('../trinh-chieu/', 'vi')).toBe('../trinh-chieu/');
  });

  it('adds lang=en on the English page, keeping query and hash', () => {
    expect(withLang('../trinh-chieu/', 'en')).toBe('../trinh-chieu/?lang=en');
    expect(withLang('./?year=2022#bang', 'en')).toBe('./?year=2022&lang=en#bang');
  });
});

describe('PageShell', () => {
  it('starts with the skip link, which targets the main landmark', () => {
    const html = render('vi');
    expect(html).toMatch(
      new RegExp(`^<a class="skip-link" href="#${MAIN_ID}">Bỏ qua, đến nội dung chính</a>`),
    );
    expect(html).toContain(`<main id="${MAIN_ID}" tabindex="-1" class="page-main">nội dung</main>`);
  });

  it('shows the organisation from props, the title as h1, and the footer', () => {
    const html = render('vi');
    expect(html).toContain('UBND huyện X');
    expect(html).toContain('<h1 class="page-header__title">Công khai</h1>');
    expect(html).toContain('<footer class="page-footer">chân trang</footer>');
  });

  it('links the three pages relatively and marks the current one', () => {
    const html = render('vi');
    expect(html).toContain('<a href="../">Bảng điều hành</a>');
    expect(html).toContain('<a href="../trinh-chieu/">Trình chiếu</a>');
    expect(html).toContain('<a href="./" aria-current="page">Công khai</a>');
  });

  it('keeps the English language on the page links', () => {
    const html = render('en');
    expect(html).toContain('<a href="../trinh-chieu/?lang=en">Presentation</a>');
    expect(html).toContain('<nav class="page-nav" aria-label="Pages">');
  });

  it('uses no inline styles', () => {
    expect(render('en')).not.toContain('style=');
  });
});
