import type { LocalImport } from '../../domain/imports/merge-imports';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useMessages } from '../../ui/i18n-context';

/**
 * “Dữ liệu cục bộ, chưa công bố”: says the figures shown come from files imported on this machine, names them,
 * offers them for download, and returns to the published data in one click. Renders nothing without imports.
 */
export function LocalDataBanner(props: {
  imports: readonly LocalImport[];
  persisted: boolean;
  onRemoveAll: () => void;
  onExport: (format: 'csv' | 'xlsx') => void;
}) {
  const messages = useMessages();
  const t = messages.importer;
  const locale = useLocale();
  if (props.imports.length === 0) return null;
  const files = props.imports
    .map((i) => `${i.fileName} (${formatDateTime(i.importedAt, locale)})`)
    .join(', ');
  return (
    <section
      className="importer-banner"
      aria-labelledby="importer-banner-title"
      data-testid="local-data-banner"
    >
      <h2 id="importer-banner-title" className="importer-banner__title">
        <span className="importer-banner__badge">{t.localBadge}</span> {t.bannerTitle}
      </h2>
      <p className="importer-break">{t.bannerText(files)}</p>
      {!props.persisted && <p>{t.bannerNotSaved}</p>}
      <div className="importer-banner__actions">
        <button type="button" className="importer-button" onClick={props.onRemoveAll}>
          {t.backToPublished}
        </button>
        <span className="importer-template">
          <span>{t.exportLocal}:</span>
          <button
            type="button"
            className="importer-link"
            aria-label={t.exportCsv}
            onClick={() => props.onExport('csv')}
          >
            {t.csv}
          </button>
          <button
            type="button"
            className="importer-link"
            aria-label={t.exportXlsx}
            onClick={() => props.onExport('xlsx')}
          >
            {t.xlsx}
          </button>
        </span>
      </div>
    </section>
  );
}
