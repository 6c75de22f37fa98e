import { useEffect, useMemo, useRef, useState } from 'react';
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
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  // A keystroke's own task only echoes the letter in the box; the URL, and with it the table, follows in a task
  // of its own (every `useQueryState` re-renders at once when the URL changes, which at 4× CPU slowdown made the
  // first keystroke one task of 70–150 ms; see docs/performance.md). Keys typed before it runs are written once.
  const pendingSearch = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pendingSearch.current), []);
  const writeSearch = (value: string) => {
    window.clearTimeout(pendingSearch.current);
    pendingSearch.current = window.setTimeout(
      () => setQuery({ [PARAM.search]: value === '' ? undefined : value }, { replace: true }),
      0,
    );
  };

  const toggleStatus = (status: Status, on: boolean) => {
    const next = props.statuses.filter((s) => (s === status ? on : selectedStatuses.includes(s)));
    setQuery({ [PARAM.status]: next.length === 0 ? undefined : next.join(',') });
  };
  const anyFilter = selectedGroup !== undefined || selectedStatuses.length > 0 || search !== '';

  return (
    <fieldset className="indicator-filters">
      <legend className="visually-hidden">{t.filter.label}</legend>
      <label className="field">
        <span className="field__label">{t.filter.search}</span>
        <input
          type="search"
          value={text}
          placeholder={t.filter.searchPlaceholder}
          onChange={(e) => {
            setText(e.target.value);
            writeSearch(e.target.value);
          }}
        />
      </label>
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
