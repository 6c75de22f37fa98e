import type { Source } from '../domain/model';
import { formatDate } from '../i18n/format';
import { useLocale, useMessages } from './i18n-context';
import { SampleBadge } from './sample-badge';

/** Only web links become links: a `javascript:` or relative URL from a data file is never followed. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * “Nguồn: <title>, <publisher>, <date>” as plain text (data is never rendered as HTML), then a
 * “Xem bản gốc” link when the source has an http(s) URL, and the sample badge for sample sources.
 */
export function SourceCitation(props: { source: Source }) {
  const t = useMessages();
  const locale = useLocale();
  const { source } = props;
  const date = source.publishedAt === undefined ? undefined : formatDate(source.publishedAt, locale);
  const url = safeHttpUrl(source.url);
  return (
    <p className="source-citation">
      <cite className="source-citation__text">{t.source.cite(source.title, source.publisher, date)}</cite>
      {url !== undefined && (
        <>
          {' '}
          <a className="source-citation__link" href={url} rel="noopener noreferrer">
            {t.source.original}
          </a>
        </>
      )}
      {source.isSample && (
        <>
          {' '}
          <SampleBadge />
        </>
      )}
    </p>
  );
}
