import type { Source, Status } from '../../domain';
import { compareText, formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { type Locale, messagesFor } from '../../i18n/locale';
import type { Messages } from '../../i18n/vi';
import { formatActual, formatPlan } from './format-cells';
import { type Child, h, type VElement } from './h';
import { downloadName, publicSearch, safeHttpUrl } from './public-links';
import type { PublicAward, PublicRow, PublicSummary, PublicView } from './public-view';
import { SORT_KEYS, type SortKey, sortRows } from './sort-rows';
import { BAR_STATUSES, rowBar, statusBarChart } from './status-bar-chart';
import { statusBadge, statusIcon } from './status-icon';

export const PAGE_ID = 'cong-khai';
export const MAIN_ID = 'noi-dung-chinh';

export interface PageOptions {
  locale: Locale;
  /** False when prerendered: only what works without JavaScript (no sort control). */
  interactive: boolean;
  sort: SortKey;
  /** The fingerprint of the data files (data-hash.ts), stamped on the page for the client's change check. */
  fingerprint: string;
  /** A message for the status line: offline, or refreshed from newer data. */
  notice?: 'offline' | 'refreshed';
  /** The page's own address, for the printed page; a relative one when prerendered. */
  address: string;
}

/** The whole public page (skip link, header, main, footer) in one wrapper the client can replace. */
export function publicPage(view: PublicView, options: PageOptions): VElement {
  const t = messagesFor(options.locale);
  return h(
    'div',
    {
      id: PAGE_ID,
      class: 'public-page',
      'data-year': view.year,
      'data-lang': options.locale,
      'data-fingerprint': options.fingerprint,
    },
    h('a', { class: 'skip-link', href: `#${MAIN_ID}` }, t.skipLink),
    header(view, options, t),
    main(view, options, t),
    h('footer', { class: 'page-footer public-footer' }, h('p', null, t.footer.disclaimer)),
  );
}

/** The document title for a view. */
export function pageTitle(view: PublicView, locale: Locale): string {
  const t = messagesFor(locale);
  return `${t.public.title} – ${t.public.titleYear(view.year)} – ${view.organisation.shortName[locale]}`;
}

function header(view: PublicView, o: PageOptions, t: Messages): VElement {
  const other: Locale = o.locale === 'vi' ? 'en' : 'vi';
  const withLang = (href: string) => (o.locale === 'en' ? `${href}?lang=en` : href);
  const pages = [
    ['dashboard', '../'],
    ['presentation', '../trinh-chieu/'],
    ['public', './'],
  ] as const;
  return h(
    'header',
    { class: 'page-header public-header' },
    h(
      'div',
      { class: 'page-header__bar' },
      h(
        'div',
        { class: 'public-letterhead' },
        h('p', { class: 'page-header__organisation' }, view.organisation.name[o.locale]),
        h('p', { class: 'public-letterhead__province' }, view.organisation.province[o.locale]),
      ),
      h(
        'a',
        {
          class: 'language-switch',
          href: publicSearch(view.year, view.defaultYear, other, o.sort),
          hreflang: other,
          'data-lang': other,
        },
        h('span', { lang: other }, t.lang.switchTo),
      ),
    ),
    h(
      'h1',
      { class: 'page-header__title public-title' },
      t.public.title,
      h('span', { class: 'public-title__year' }, t.public.titleYear(view.year)),
    ),
    h(
      'nav',
      { class: 'page-nav', 'aria-label': t.nav.label },
      h(
        'ul',
        null,
        pages.map(([key, href]) =>
          h(
            'li',
            null,
            h(
              'a',
              { href: withLang(href), 'aria-current': key === 'public' ? 'page' : undefined },
              t.page[key],
            ),
          ),
        ),
      ),
    ),
  );
}

function main(view: PublicView, o: PageOptions, t: Messages): VElement {
  return h(
    'main',
    { id: MAIN_ID, tabindex: -1, class: 'page-main public-main' },
    h(
      'p',
      {
        class: `public-notice${o.notice ? ' public-notice--shown' : ''}`,
        role: 'status',
        // Shown by the page's small first script without loading the messages.
        'data-text-offline': t.public.offline,
        'data-text-failed': t.load.failed,
        'data-notice': o.notice,
      },
      o.notice === 'offline' ? t.public.offline : o.notice === 'refreshed' ? t.public.refreshed : '',
    ),
    !o.interactive && h('noscript', null, h('p', { class: 'public-note' }, t.public.noScript(view.year))),
    h(
      'div',
      { class: 'public-meta' },
      yearNav(view, o, t),
      h(
        'p',
        { class: 'public-data-date' },
        view.dataDate === undefined ? '' : t.data.updated(formatDate(view.dataDate, o.locale)),
      ),
    ),
    overview(view, o, t),
    indicatorTable(view, o, t),
    awards(view, o, t),
    downloads(view, o, t),
    sources(view, o, t),
    h(
      'p',
      { class: 'public-address' },
      `${t.public.pageAddress} `,
      h('span', { class: 'public-address__url', 'data-page-url': '' }, o.address),
    ),
  );
}

function yearNav(view: PublicView, o: PageOptions, t: Messages): VElement {
  return h(
    'nav',
    { class: 'year-nav', 'aria-label': t.public.yearNav },
    h(
      'ul',
      null,
      view.years.map((year) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href: publicSearch(year, view.defaultYear, o.locale, o.sort),
              'data-year': year,
              'aria-current': year === view.year ? 'page' : undefined,
            },
            String(year),
          ),
        ),
      ),
    ),
  );
}

function sourceById(view: PublicView, id: string | undefined): Source | undefined {
  return id === undefined ? undefined : view.sources.find((s) => s.id === id);
}

function citation(source: Source | undefined, o: PageOptions, t: Messages): VElement {
  if (source === undefined) return h('p', { class: 'source-citation' }, t.source.none);
  const date = source.publishedAt === undefined ? undefined : formatDate(source.publishedAt, o.locale);
  const url = safeHttpUrl(source.url);
  return h(
    'p',
    { class: 'source-citation' },
    h('cite', { class: 'source-citation__text' }, t.source.cite(source.title, source.publisher, date)),
    url !== undefined && [
      ' ',
      h('a', { class: 'source-citation__link', href: url, rel: 'noopener noreferrer' }, t.source.original),
    ],
    source.isSample && [' ', sampleBadge(t)],
  );
}

function sampleBadge(t: Messages): VElement {
  return h('span', { class: 'sample-badge' }, t.sample.badge);
}

function sampleNote(t: Messages, text: string): VElement {
  return h('p', { class: 'sample-note' }, sampleBadge(t), ` ${text} ${t.sample.explanation}`);
}

function headline(view: PublicView, s: PublicSummary, t: Messages): string {
  const text = t.summary.headline(view.year, s.total, s.exceeded, s.met, s.notMet);
  return s.noData > 0 ? `${text}; ${t.public.noDataCount(s.noData)}` : text;
}

function overview(view: PublicView, o: PageOptions, t: Messages): VElement {
  const s = view.summary;
  const counts: Record<Status, number> = {
    exceeded: s.exceeded,
    met: s.met,
    basicallyMet: s.basicallyMet,
    notMet: s.notMet,
    noData: s.noData,
  };
  const shown = BAR_STATUSES.filter(
    (st) => counts[st] > 0 || st === 'exceeded' || st === 'met' || st === 'notMet',
  );
  const text = headline(view, s, t);
  const c = view.computed;
  const differs =
    !s.isSample &&
    (c.total !== s.total || c.exceeded !== s.exceeded || c.met !== s.met || c.notMet !== s.notMet);
  return h(
    'section',
    { class: 'public-section public-overview', 'aria-labelledby': 'tong-quan' },
    h('h2', { id: 'tong-quan' }, t.public.overview(view.year)),
    h('p', { class: 'public-headline', 'data-total': s.total }, text),
    s.isSample
      ? sampleNote(t, t.public.computedNote)
      : [
          h('p', { class: 'public-published' }, t.summary.published),
          citation(sourceById(view, s.sourceId), o, t),
        ],
    differs && h('p', { class: 'public-note' }, t.summary.differsFromPublished),
    h(
      'figure',
      { class: 'public-chart' },
      h('figcaption', { class: 'public-chart__title' }, t.public.statusChart(view.year)),
      statusBarChart(counts, text),
      h(
        'ul',
        { class: 'status-legend' },
        shown.map((st) =>
          h(
            'li',
            { class: `status-legend__item status-legend__item--${st}`, 'data-status': st },
            statusIcon(st),
            h('span', null, t.public.statusCount(t.status[st], counts[st])),
          ),
        ),
      ),
    ),
  );
}

const COLUMNS = ['index', 'indicator', 'unit', 'plan', 'actual', 'percentOfPlan', 'status'] as const;

function indicatorTable(view: PublicView, o: PageOptions, t: Messages): VElement {
  const allSample = view.groups.every((g) => g.rows.every((r) => r.isSample));
  const collator = compareText(o.locale);
  const name = (r: PublicRow) => r.name[o.locale];
  return h(
    'section',
    { class: 'public-section', 'aria-labelledby': 'bang-chi-tieu' },
    h('h2', { id: 'bang-chi-tieu' }, t.public.table(view.year)),
    allSample && sampleNote(t, t.public.tableSample),
    sortControl(o, t),
    h(
      'table',
      { class: 'indicator-table', id: 'bang-chi-tieu-bang' },
      // The section's heading says the same; the caption names the table for screen readers.
      h(
        'caption',
        { class: 'visually-hidden' },
        t.public.table(view.year),
        allSample && ` (${t.sample.badge})`,
      ),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          COLUMNS.map((col) =>
            h('th', { scope: 'col', class: `col-${col}${isNumeric(col) ? ' number' : ''}` }, t.column[col]),
          ),
        ),
      ),
      view.groups.map((group, gi) =>
        h(
          'tbody',
          { 'data-group': group.code },
          h(
            'tr',
            { class: 'group-row' },
            h(
              'th',
              { scope: 'rowgroup', colspan: COLUMNS.length },
              `${roman(gi + 1)}. ${group.name[o.locale]}`,
            ),
          ),
          sortRows(group.rows, o.sort, name, collator).map((row) => indicatorRow(row, allSample, o, t)),
        ),
      ),
    ),
  );
}

function isNumeric(col: (typeof COLUMNS)[number]): boolean {
  return col === 'plan' || col === 'actual' || col === 'percentOfPlan';
}

function sortControl(o: PageOptions, t: Messages): VElement {
  const labels: Record<SortKey, string> = {
    original: t.public.sortOriginal,
    status: t.public.sortStatus,
    percent: t.public.sortPercent,
    name: t.public.sortName,
  };
  return h(
    'p',
    { class: 'sort-control', hidden: !o.interactive },
    h('label', { for: 'sap-xep' }, t.public.sort),
    ' ',
    h(
      'select',
      { id: 'sap-xep', name: 'sap-xep', 'aria-controls': 'bang-chi-tieu-bang' },
      SORT_KEYS.map((key) => h('option', { value: key, selected: key === o.sort }, labels[key])),
    ),
  );
}

/** A cell with the column's name before it, shown only when the table becomes cards on narrow screens. */
function cell(label: string, className: string, ...content: Child[]): VElement {
  return h('td', { class: className }, h('span', { class: 'cell-label' }, `${label}: `), content);
}

function indicatorRow(row: PublicRow, allSample: boolean, o: PageOptions, t: Messages): VElement {
  const { locale } = o;
  const plan = formatPlan(row.plan, row.planText, row.decimals, locale);
  const actual = formatActual(row.actual, row.decimals, locale);
  return h(
    'tr',
    {
      class: `indicator-row indicator-row--level-${row.level}`,
      'data-code': row.code,
      'data-status': row.status,
    },
    h('td', { class: 'col-index' }, row.number),
    h(
      'th',
      { scope: 'row', class: 'col-indicator' },
      row.level === 1 && h('span', { class: 'visually-hidden' }, `${t.public.subMeasure}: `),
      row.name[locale],
      !allSample && row.isSample && [' ', sampleBadge(t)],
    ),
    cell(t.column.unit, 'col-unit', row.unit[locale] || formatNumber(undefined, locale)),
    cell(t.column.plan, 'col-plan number', plan),
    cell(
      t.column.actual,
      'col-actual number',
      actual,
      row.isEstimate && [
        ' ',
        h('abbr', { class: 'estimate-mark', title: t.data.estimateNote }, `(${t.public.estimate})`),
      ],
    ),
    cell(t.column.percentOfPlan, 'col-percentOfPlan number', formatPercent(row.percentOfPlan, locale)),
    cell(t.column.status, 'col-status', statusBadge(row.status, t.status[row.status])),
  );
}

function roman(n: number): string {
  return ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);
}

function awards(view: PublicView, o: PageOptions, t: Messages): VElement {
  const max = Math.max(0, ...view.awards.map((a) => a.count));
  const origin = (a: PublicAward) => (a.isSample ? sampleBadge(t) : t.public.awardPublished);
  const cited = [...new Set(view.awards.filter((a) => !a.isSample).map((a) => a.sourceId))];
  return h(
    'section',
    { class: 'public-section', 'aria-labelledby': 'khen-thuong' },
    h('h2', { id: 'khen-thuong' }, t.public.awards(view.year)),
    view.awards.length === 0
      ? h('p', null, t.public.awardNone(view.year))
      : [
          h(
            'table',
            { class: 'award-table' },
            h('caption', { class: 'visually-hidden' }, t.public.awards(view.year)),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                h('th', { scope: 'col' }, t.public.awardTitle),
                h('th', { scope: 'col', class: 'number' }, t.public.awardCount),
                h('th', { scope: 'col', class: 'award-table__origin' }, t.public.awardOrigin),
              ),
            ),
            h(
              'tbody',
              null,
              view.awards.map((a) =>
                h(
                  'tr',
                  { 'data-award': a.code },
                  h('th', { scope: 'row' }, a.name[o.locale]),
                  h(
                    'td',
                    { class: 'number award-table__count' },
                    h('span', { class: 'award-table__figure' }, formatNumber(a.count, o.locale)),
                    rowBar(a.count, max),
                  ),
                  h('td', { class: 'award-table__origin' }, origin(a)),
                ),
              ),
            ),
          ),
          cited.map((id) => citation(sourceById(view, id), o, t)),
          view.awards.some((a) => a.isSample) && sampleNote(t, ''),
        ],
  );
}

function downloads(view: PublicView, o: PageOptions, t: Messages): VElement {
  return h(
    'section',
    { class: 'public-section public-downloads', 'aria-labelledby': 'tai-du-lieu' },
    h('h2', { id: 'tai-du-lieu' }, t.public.downloads),
    h(
      'ul',
      null,
      h(
        'li',
        null,
        h(
          'a',
          { href: downloadName(view.year, o.locale, 'csv'), download: true, 'data-download': 'csv' },
          t.public.downloadCsv(view.year),
        ),
      ),
      h(
        'li',
        null,
        h(
          'a',
          { href: downloadName(view.year, o.locale, 'json'), download: true, 'data-download': 'json' },
          t.public.downloadJson(view.year),
        ),
      ),
    ),
    h('p', { class: 'public-small' }, t.public.downloadNote),
  );
}

function sources(view: PublicView, o: PageOptions, t: Messages): VElement {
  return h(
    'section',
    { class: 'public-section public-sources', 'aria-labelledby': 'nguon' },
    h('h2', { id: 'nguon' }, t.public.sources),
    h(
      'ul',
      null,
      view.sources.map((s) => h('li', null, citation(s, o, t))),
    ),
  );
}
