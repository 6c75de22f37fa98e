import { useEffect, useState } from 'react';
import type { Dataset } from '../../domain/model';
import { yearsOf } from '../../domain/years-of';
import { localeFromSearch } from '../../i18n/locale';
import { ErrorBoundary } from '../../ui/error-boundary';
import { I18nProvider, useMessages } from '../../ui/i18n-context';
import { useQueryState } from '../../ui/use-query-state';
import { autoSecondsFrom } from './deck-state';
import { DeckView } from './deck-view';

/** What the page needs from the loader (`fetchPublishedDataset` in src/app). */
export interface LoadedData {
  dataset?: Dataset;
}

export interface DeckChoice {
  year: number;
  unitId?: string;
}

/**
 * `?nam=` and `?don-vi=` checked against the data: a year without rows falls back to the data set's default
 * year, an unknown unit id to the whole organisation (the deck never shows an empty selection by accident).
 */
export function deckChoice(dataset: Dataset, params: URLSearchParams): DeckChoice {
  const years = yearsOf(dataset);
  const asked = Number(params.get('nam'));
  const year = years.includes(asked) ? asked : dataset.defaultYear;
  const unit = params.get('don-vi');
  const unitId = unit !== null && dataset.units.some((u) => u.id === unit) ? unit : undefined;
  return { year, unitId };
}

/** The presentation page: loads `data/`, then shows the deck; a failure shows one sentence, never a blank. */
export function PresentationApp(props: { load: () => Promise<LoadedData> }) {
  const [params] = useQueryState();
  const locale = localeFromSearch(params.toString());
  return (
    <I18nProvider locale={locale}>
      <Loaded load={props.load} params={params} />
    </I18nProvider>
  );
}

function Loaded(props: { load: () => Promise<LoadedData>; params: URLSearchParams }) {
  const t = useMessages();
  const [data, setData] = useState<LoadedData | 'loading'>('loading');
  const { load } = props;
  useEffect(() => {
    let live = true;
    load().then((result) => {
      if (live) setData(result);
    });
    return () => {
      live = false;
    };
  }, [load]);

  const dataset = data === 'loading' ? undefined : data.dataset;
  useEffect(() => {
    if (dataset !== undefined)
      document.title = t.app.documentTitle(t.page.presentation, dataset.organisation.shortName.vi);
  }, [dataset, t]);

  if (data === 'loading') return <p className="deck-status-page">{t.load.loading}</p>;
  if (dataset === undefined)
    return (
      <p className="deck-status-page" role="alert">
        {t.load.failed}
      </p>
    );
  const choice = deckChoice(dataset, props.params);
  return (
    <ErrorBoundary
      fallback={
        <p className="deck-status-page" role="alert">
          {t.error.section}
        </p>
      }
      label="presentation deck"
    >
      <DeckView
        key={`${choice.year}|${choice.unitId ?? ''}`}
        dataset={dataset}
        year={choice.year}
        unitId={choice.unitId}
        autoSeconds={autoSecondsFrom(props.params.toString())}
        dashboardHref="../"
      />
    </ErrorBoundary>
  );
}
