import { UNASSIGNED } from '../../domain/awards/award-counts';
import type { Deck, DeckSlide } from '../../domain/deck/plan-deck';
import type { Dataset, Status } from '../../domain/model';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { StatusIcon } from '../../ui/status-badge';
import { BarList } from './bar-list';
import { IndicatorTable } from './indicator-table';
import { StatusBar } from './status-bar';

export interface SlideContentProps {
  dataset: Dataset;
  deck: Deck;
  slide: DeckSlide;
  title: string;
  /** The chosen unit's name, or undefined for the whole organisation. */
  unitName?: string;
  /** The slide's sources, worded (“Trang thông tin điện tử huyện …, 21/02/2023”). */
  sourceText?: string;
}

const GLANCE_STATUSES: readonly Status[] = ['exceeded', 'met', 'basicallyMet', 'notMet', 'noData'];

/** The body of one slide, by kind. Every figure is text; bars and colours only repeat it. */
export function SlideContent(props: SlideContentProps) {
  const t = useMessages();
  const locale = useLocale();
  const p = t.presentation;
  const { dataset, deck, slide } = props;
  const date = (iso: string | undefined) => formatDate(iso, locale);
  switch (slide.kind) {
    case 'title':
      return (
        <div className="cover">
          <p className="cover__organisation">{dataset.organisation.shortName[locale]}</p>
          <h2 className="cover__title">{props.title}</h2>
          {props.unitName !== undefined && <p className="cover__line">{p.unitLine(props.unitName)}</p>}
          <p className="cover__line">
            {deck.conferenceDate !== undefined
              ? p.conferenceDate(date(deck.conferenceDate))
              : p.dataDateTitle(date(deck.dataDate))}
          </p>
        </div>
      );
    case 'glance': {
      const shown = GLANCE_STATUSES.filter(
        (s) => slide.counts[s] > 0 || s === 'exceeded' || s === 'met' || s === 'notMet',
      );
      const sentence = p.yearSentence(
        deck.year,
        slide.total,
        slide.counts.exceeded,
        slide.counts.met,
        slide.counts.notMet,
      );
      return (
        <div className="glance">
          <p className="glance__total">{p.total(slide.total)}</p>
          <ul className="glance__figures">
            {shown.map((status) => (
              <li key={status} className={`glance__figure glance__figure--${status}`}>
                <span className="glance__number">{formatNumber(slide.counts[status], locale)}</span>
                <span className="glance__word">
                  <StatusIcon status={status} />
                  {t.status[status]}
                </span>
              </li>
            ))}
          </ul>
          <StatusBar counts={slide.counts} total={slide.total} label={sentence} />
          <p className="slide__note">
            {slide.published && props.sourceText !== undefined ? p.reported(props.sourceText) : p.computed}
          </p>
          {slide.estimates > 0 && <p className="slide__note">{p.estimates(slide.estimates)}</p>}
        </div>
      );
    }
    case 'group':
    case 'best':
      return slide.rows.length === 0 ? (
        <p className="slide__message">{p.bestEmpty}</p>
      ) : (
        <IndicatorTable rows={slide.rows} caption={props.title} />
      );
    case 'behind':
      if (slide.rows.length === 0) {
        return (
          <div className="slide__message">
            <p className="slide__message-main">
              <StatusIcon status={slide.noData === 0 ? 'exceeded' : 'met'} />
              {slide.noData === 0 ? p.allMet : p.noneBehind}
            </p>
            {slide.noData > 0 && <p>{p.noDataCount(slide.noData)}</p>}
          </div>
        );
      }
      return (
        <>
          <IndicatorTable rows={slide.rows} caption={props.title} />
          {slide.noData > 0 && slide.part === slide.parts && (
            <p className="slide__note">{p.noDataCount(slide.noData)}</p>
          )}
        </>
      );
    case 'years':
      if (slide.years.length === 0) return <p className="slide__message">{p.yearsEmpty}</p>;
      return (
        <ul className="years">
          {slide.years.map((y) => {
            const estimate = dataset.results.some(
              (r) => r.year === y.year && r.unitId === deck.unitId && r.isEstimate,
            );
            const sentence = p.yearSentence(
              y.year,
              y.total,
              y.counts.exceeded,
              y.counts.met,
              y.counts.notMet,
            );
            return (
              <li
                key={y.year}
                className={y.year === deck.year ? 'years__row years__row--current' : 'years__row'}
              >
                <span className="years__label">{p.yearLabel(y.year, estimate)}</span>
                <StatusBar counts={y.counts} total={y.total} label={sentence} />
                <span className="years__sentence">
                  {sentence}
                  {y.counts.noData > 0 && ` · ${p.yearNoData(y.counts.noData)}`}
                </span>
              </li>
            );
          })}
        </ul>
      );
    case 'awardsByTitle': {
      if (slide.counts.length === 0) return <p className="slide__message">{p.awardsNone(deck.year)}</p>;
      const names = new Map(dataset.awardTypes.map((a) => [a.code, a.name[locale]]));
      const bars = slide.counts.map((c) => ({
        key: c.key,
        label: names.get(c.key) ?? c.key,
        value: c.count,
        valueText: formatNumber(c.count, locale),
      }));
      return (
        <>
          <BarList bars={bars} label={props.title} />
          {slide.published && props.sourceText !== undefined && (
            <p className="slide__note">{p.reported(props.sourceText)}</p>
          )}
        </>
      );
    }
    case 'awardsByCluster': {
      if (slide.counts.length === 0) return <p className="slide__message">{p.awardsNone(deck.year)}</p>;
      const names = new Map(dataset.clusters.map((c) => [c.id, c.name[locale]]));
      const bars = slide.counts.map((c) => ({
        key: c.key,
        label: c.key === UNASSIGNED ? p.unassigned : (names.get(c.key) ?? c.key),
        value: c.count,
        valueText: formatNumber(c.count, locale),
      }));
      return (
        <>
          <BarList bars={bars} label={props.title} />
          <p className="slide__note">{p.clusterNote}</p>
        </>
      );
    }
    case 'closing':
      return (
        <div className="cover">
          <p className="cover__organisation">{dataset.organisation.shortName[locale]}</p>
          <h2 className="cover__title cover__title--thanks">{props.title}</h2>
          <p className="cover__line">{p.conference(deck.year)}</p>
        </div>
      );
  }
}
