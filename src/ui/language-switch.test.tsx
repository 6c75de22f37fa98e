import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from './i18n-context';
import { LanguageSwitch, languageSwitchSearch } from './language-switch';

describe('languageSwitchSearch(search, current)', () => {
  it('adds lang=en on the Vietnamese page and keeps the other parameters in order', () => {
    expect(languageSwitchSearch('?year=2022&unit=xa-a&q=r%E1%BB%ABng', 'vi')).toBe(
      '?year=2022&unit=xa-a&q=r%E1%BB%ABng&lang=en',
    );
  });

  it('removes lang on the English page, keeping the other parameters', () => {
    expect(languageSwitchSearch('?year=2022&lang=en&group=kinh-te', 'en')).toBe('?year=2022&group=kinh-te');
  });

  it('gives “?” when nothing is left, which clears the query but keeps the path', () => {
    expect(languageSwitchSearch('?lang=en', 'en')).toBe('?');
    expect(languageSwitchSearch('', 'vi')).toBe('?lang=en');
  });
});

describe('LanguageSwitch', () => {
  it('offers English on the Vietnamese page, marked as English', () => {
    const html = renderToStaticMarkup(
      <I18nProvider locale="vi">
        <LanguageSwitch />
      </I18nProvider>,
    );
    expect(html).toContain('hrefLang="en"');
    expect(html).toContain('<span lang="en">English</span>');
    expect(html).toContain('href="?lang=en"');
  });

  it('offers Tiếng Việt on the English page, marked as Vietnamese', () => {
    const html = renderToStaticMarkup(
      <I18nProvider locale="en">
        <LanguageSwitch />
      </I18nProvider>,
    );
    expect(html).toContain('<span lang="vi">Tiếng Việt</span>');
  });
});
