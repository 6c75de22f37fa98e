import { memo, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type { IndicatorGroup, Status } from '../../domain/model';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { StatusIcon } from '../../ui/status-badge';
import { setQuery, useQueryState } from '../../ui/use-query-state';
import { PARAM, readDashboardParams } from './dashboard-params';

/**
 * Group, status and search filters, each kept in the URL (`?nhom=`, `?danh-gia=`, `?tim=`). Typing replaces
 * the history entry instead of adding one per letter. The controls read the URL themselves, so they show a
 * change at once while the table below follows it in a transition (see dashboard-app.tsx).
 */
export function IndicatorFilters(props: { groups: readonly IndicatorGroup[]; statuses: readonly Status[] }) {
  const t = useMessages();
  const locale = useLocale();
  const [query] = useQueryState();
  const {
    group: selectedGroup,
    statuses: selectedStatuses,
    search,
  } = useMemo(() => readDashboardParams(query), [query]);
  // The search box's letter not yet in the URL (see SearchBox); “Xóa bộ lọc” drops it.
  const pendingSearch = useRef<number | undefined>(undefined);

  const toggleStatus = (status: Status, on: boolean) => {
    const next = props.statuses.filter((s) => (s === status ? on : selectedStatuses.includes(s)));
    setQuery({ [PARAM.status]: next.length === 0 ? undefined : next.join(',') });
  };
  const anyFilter = selectedGroup !== undefined || selectedStatuses.length > 0 || search !== '';

  return (
    <fieldset className="indicator-filters">
      <legend className="visually-hidden">{t.filter.label}</legend>
      <SearchBox search={search} pending={pendingSearch} />
      <label className="field">
        <span className="field__label">{t.filter.group}</span>
        <select
          value={selectedGroup ?? ''}
          onChange={(e) => setQuery({ [PARAM.group]: e.target.value === '' ? undefined : e.target.value })}
        >
          <option value="">{t.filter.all}</option>
          {props.groups.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name[locale]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field status-filter">
        <legend className="field__label">{t.filter.status}</legend>
        <div className="status-filter__options">
          {props.statuses.map((s) => (
            <label key={s} className={`status-filter__option status-badge--${s}`}>
              <input
                type="checkbox"
                name="danh-gia"
                value={s}
                checked={selectedStatuses.includes(s)}
                onChange={(e) => toggleStatus(s, e.target.checked)}
              />
              <StatusIcon status={s} /> {t.status[s]}
            </label>
          ))}
        </div>
      </fieldset>
      {anyFilter && (
        <button
          type="button"
          className="indicator-filters__reset"
          onClick={() => {
            window.clearTimeout(pendingSearch.current);
            setQuery({ [PARAM.group]: undefined, [PARAM.status]: undefined, [PARAM.search]: undefined });
          }}
        >
          {t.filter.reset}
        </button>
      )}
    </fieldset>
  );
}

/**
 * The search box, a component of its own: a keystroke re-renders this input, not the other filters. Its task only
 * echoes the letter; the URL, and with it the table, follows in a task of its own (every `useQueryState`
 * re-renders at once when the URL changes, which at 4× CPU slowdown made the first keystroke one task of 70–150 ms;
 * docs/performance.md). Letters typed before that task runs are written once, in the same history entry.
 */
const SearchBox = memo(function SearchBox(props: { search: string; pending: RefObject<number | undefined> }) {
  const t = useMessages();
  const { search, pending } = props;
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  useEffect(() => () => window.clearTimeout(pending.current), [pending]);
  return (
    <label className="field">
      <span className="field__label">{t.filter.search}</span>
      <input
        type="search"
        value={text}
        placeholder={t.filter.searchPlaceholder}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          window.clearTimeout(pending.current);
          pending.current = window.setTimeout(
            () => setQuery({ [PARAM.search]: value === '' ? undefined : value }, { replace: true }),
            0,
          );
        }}
      />
    </label>
  );
});
