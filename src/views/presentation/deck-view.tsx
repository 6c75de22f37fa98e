import { useEffect, useMemo, useReducer, useRef } from 'react';
import { type Deck, type DeckSlide, planDeck } from '../../domain/deck/plan-deck';
import type { Dataset } from '../../domain/model';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import type { Messages } from '../../i18n/vi';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { withLang } from '../../ui/page-shell';
import { deckReducer, hashOfSlide, initialDeckState, keyCommand, slideFromHash } from './deck-state';
import { SlideContent } from './slide-content';
import { SlideFrame } from './slide-frame';
import { slideTitle } from './slide-title';

/**
 * Most indicator rows on one slide. Six rows of three-line names (4:3 canvas) still fit the 1080-unit canvas;
 * the e2e spec measures every slide at 1024×768 and 1920×1080.
 */
export const ROWS_PER_SLIDE = 6;
const BEST_COUNT = 5;

export interface DeckViewProps {
  dataset: Dataset;
  year: number;
  unitId?: string;
  /** `?tu-dong=`: seconds between slides, looping; any key or click stops it. */
  autoSeconds?: number;
  /** The dashboard, relative to this page. */
  dashboardHref: string;
}

/** Asks for full screen, or leaves it; browsers that refuse (or lack the API) are simply ignored. */
function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen?.().catch(() => undefined);
    return;
  }
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** True for keys a focused control should handle itself (Enter or Space on a button or link). */
function isControlKey(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element) || target.closest('button, a') === null) return false;
  return event.key === 'Enter' || event.key === ' ';
}

/**
 * The meeting deck: every slide is rendered (so print shows them all) and only the current one is visible.
 * Keys, clicks and the optional timer drive `deckReducer`; the slide number lives in the URL hash.
 */
export function DeckView(props: DeckViewProps) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset, year, unitId } = props;
  const deck = useMemo(
    () => planDeck(dataset, { year, unitId, rowsPerSlide: ROWS_PER_SLIDE, bestCount: BEST_COUNT }),
    [dataset, year, unitId],
  );
  const count = deck.slides.length;
  const [state, dispatch] = useReducer(deckReducer, count, (n) =>
    initialDeckState(n, slideFromHash(window.location.hash, n)),
  );
  const overviewRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const hash = hashOfSlide(state.index);
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }, [state.index]);

  useEffect(() => {
    const onHash = () => dispatch({ type: 'open', index: slideFromHash(window.location.hash, count) });
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [count]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isControlKey(event)) return;
      const command = keyCommand(event.key);
      if (command === undefined) return;
      event.preventDefault();
      if (command.type === 'fullscreen') toggleFullscreen();
      dispatch(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (props.autoSeconds === undefined) return;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), props.autoSeconds * 1000);
    return () => window.clearInterval(timer);
  }, [props.autoSeconds]);

  useEffect(() => {
    if (state.overview) overviewRefs.current[state.overviewIndex]?.focus();
  }, [state.overview, state.overviewIndex]);

  const unitName = unitId === undefined ? undefined : dataset.units.find((u) => u.id === unitId)?.name;
  const titles = deck.slides.map((slide) => slideTitle(slide, year, t, locale));
  const current = titles[state.index] ?? '';

  const renderSlide = (slide: DeckSlide, i: number, hidden: boolean) => (
    <SlideFrame
      key={i}
      kind={slide.kind}
      number={i + 1}
      total={count}
      title={titles[i] ?? ''}
      tone={slide.kind === 'title' || slide.kind === 'closing' ? 'dark' : 'light'}
      context={contextLine(dataset, deck, slide, unitName, t, locale)}
      isSample={slide.isSample}
      showHeading={slide.kind !== 'title' && slide.kind !== 'closing'}
      hidden={hidden}
    >
      <SlideContent
        dataset={dataset}
        deck={deck}
        slide={slide}
        title={titles[i] ?? ''}
        unitName={unitName}
        sourceText={sourceText(dataset, slide, t, locale)}
      />
    </SlideFrame>
  );

  return (
    <div className="deck" data-slide-count={count} data-current={state.index + 1}>
      <h1 className="visually-hidden">{t.presentation.conference(year)}</h1>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the keys are handled on window (the clicker), a click is the mouse's “next” */}
      <div
        className="deck__stage"
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a, button')) return;
          dispatch({ type: 'next' });
        }}
      >
        {deck.slides.map((slide, i) => renderSlide(slide, i, i !== state.index))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t.presentation.slideLabel(state.index + 1, count, current)}
      </p>
      {state.digits !== '' && (
        <p className="deck__jump" aria-live="assertive">
          {t.presentation.jumpTo(state.digits)}
        </p>
      )}
      <nav className="deck__controls" aria-label={t.presentation.controls}>
        <button type="button" onClick={() => dispatch({ type: 'previous' })}>
          <span aria-hidden="true">←</span> {t.presentation.previous}
        </button>
        <span className="deck__position">{t.presentation.slideNumber(state.index + 1, count)}</span>
        <button type="button" onClick={() => dispatch({ type: 'next' })}>
          {t.presentation.next} <span aria-hidden="true">→</span>
        </button>
        <button type="button" onClick={() => dispatch({ type: 'overview' })}>
          {t.presentation.overview}
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t.presentation.fullscreen}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'black' })}>
          {t.presentation.black}
        </button>
        <a href={withLang(props.dashboardHref, locale)}>{t.presentation.exit}</a>
        {props.autoSeconds !== undefined && (
          <span className="deck__auto">
            {state.autoPaused ? t.presentation.autoPaused : t.presentation.autoOn(props.autoSeconds)}
          </span>
        )}
        <span className="deck__help">{t.presentation.help}</span>
      </nav>
      {state.overview && (
        <div className="overview" role="dialog" aria-modal="true" aria-labelledby="deck-overview-title">
          <h2 id="deck-overview-title" className="overview__title">
            {t.presentation.overviewTitle}
          </h2>
          <ol className="overview__grid">
            {deck.slides.map((slide, i) => (
              <li key={titles[i] ?? i}>
                <button
                  type="button"
                  className="overview__item"
                  aria-current={i === state.index ? 'true' : undefined}
                  ref={(el) => {
                    overviewRefs.current[i] = el;
                  }}
                  onClick={() => dispatch({ type: 'open', index: i })}
                >
                  <span className="overview__thumb" aria-hidden="true">
                    {renderSlide(slide, i, false)}
                  </span>
                  <span className="overview__label">
                    {i + 1}. {titles[i]}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: keys are handled on window; a click brings the slide back */}
      <div className="deck__black" hidden={!state.black} onClick={() => dispatch({ type: 'black' })}>
        <p className="visually-hidden" aria-live="polite">
          {state.black ? t.presentation.blackHint : ''}
        </p>
      </div>
    </div>
  );
}

/** A source in a few words: publisher and date (titles are too long to read from the back of a hall). */
function sourceText(dataset: Dataset, slide: DeckSlide, t: Messages, locale: Locale): string | undefined {
  const words = slide.sourceIds
    .map((id) => dataset.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) =>
      t.presentation.sourceShort(
        s.publisher,
        s.publishedAt === undefined ? undefined : formatDate(s.publishedAt, locale),
      ),
    );
  return words.length === 0 ? undefined : words.join('; ');
}

/** Year · unit · data date · source, as every slide shows at its foot. */
function contextLine(
  dataset: Dataset,
  deck: Deck,
  slide: DeckSlide,
  unitName: string | undefined,
  t: Messages,
  locale: Locale,
): string[] {
  const p = t.presentation;
  const wholeOrganisation = slide.kind === 'awardsByCluster' || unitName === undefined;
  const parts = [
    p.contextYear(deck.year),
    wholeOrganisation ? dataset.organisation.shortName[locale] : unitName,
  ];
  if (deck.dataDate !== undefined) parts.push(p.contextDataDate(formatDate(deck.dataDate, locale)));
  const source = sourceText(dataset, slide, t, locale);
  if (source !== undefined) parts.push(p.contextSource(source));
  return parts;
}
