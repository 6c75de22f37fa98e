import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { type Locale, messagesFor } from '../i18n/locale';
import type { Messages } from '../i18n/vi';

interface I18nValue {
  locale: Locale;
  messages: Messages;
}

/** Defaults to Vietnamese, so a component rendered outside a provider (a test) still has words. */
const I18nContext = createContext<I18nValue>({ locale: 'vi', messages: messagesFor('vi') });

/** Provides the locale's messages to everything below and sets `<html lang>` to match. */
export function I18nProvider(props: { locale: Locale; children: ReactNode }) {
  const { locale } = props;
  const value = useMemo(() => ({ locale, messages: messagesFor(locale) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The messages of the current locale. */
export function useMessages(): Messages {
  return useContext(I18nContext).messages;
}

/** The current locale, for the formatters in `i18n/format.ts`. */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
