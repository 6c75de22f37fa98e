import { useEffect, useState } from 'react';
import type { IndicatorGroup, Status } from '../../domain/model';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { StatusIcon } from '../../ui/status-badge';
import { setQuery } from '../../ui/use-query-state';
import { PARAM } from './dashboard-params';

/**
 * Group, status and search filters, each kept in the URL (`?nhom=`, `?danh-gia=`, `?tim=`). Typing replaces
 * the history entry instead of adding one per letter.
 */
export function IndicatorFilters(props: {
  groups: readonly IndicatorGroup[];
  statuses: readonly Status[];
  selectedGroup?: string;
  selectedStatuses: readonly Status[];
  search: string;
}) {
  const t = useMessages();
  const locale = useLocale();
  const [text, setText] = useState(props.search);
  useEffect(() => setText(props.search), [props.search]);

  const toggleStatus = (status: Status, on: boolean) => {
    const next = props.statuses.filter((s) => (s === status ? on : props.selectedStatuses.includes(s)));
    setQuery({ [PARAM.status]: next.length === 0 ? undefined : next.join(',') });
  };
  const anyFilter =
    props.selectedGroup !== undefined || props.selectedStatuses.length > 0 || props.search !== '';

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
            setQuery(
              { [PARAM.search]: e.target.value === '' ? undefined : e.target.value },
              { replace: true },
            );
          }}
        />
      </label>
      <label className="field">
        <span className="field__label">{t.filter.group}</span>
        <select
          value={props.selectedGroup ?? ''}
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
                checked={props.selectedStatuses.includes(s)}
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
          onClick={() =>
            setQuery({ [PARAM.group]: undefined, [PARAM.status]: undefined, [PARAM.search]: undefined })
          }
        >
          {t.filter.reset}
        </button>
      )}
    </fieldset>
  );
}
