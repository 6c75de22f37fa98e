import { memo, type ReactNode, useMemo } from 'react';
import type { Dataset } from '../../domain/model';
import { compareVietnamese } from '../../domain/text/compare-vietnamese';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { setQuery } from '../../ui/use-query-state';
import { PARAM } from './dashboard-params';

/**
 * The year and unit choices (`?nam=`, `?don-vi=`) and the toolbar slot. Units offered are those the data
 * speaks of (with results, awards or a cluster), township and communes first, then agencies, by name.
 */
export const DashboardControls = memo(function DashboardControls(props: {
  dataset: Dataset;
  years: readonly number[];
  year: number;
  unitId?: string;
  toolbar?: ReactNode;
}) {
  const t = useMessages();
  const locale = useLocale();
  const { dataset } = props;
  const { units, types } = useMemo(() => {
    const mentioned = new Set([
      ...dataset.results.flatMap((r) => r.unitId ?? []),
      ...dataset.awards.flatMap((a) => a.unitId ?? []),
      ...dataset.clusters.flatMap((c) => c.memberIds),
    ]);
    const units = dataset.units.filter((u) => mentioned.has(u.id) && u.id !== dataset.organisation.unitId);
    const types = dataset.unitTypes.filter((type) => units.some((u) => u.type === type.code));
    return { units, types };
  }, [dataset]);
  return (
    <div className="dashboard-controls">
      <label className="field field--on-brand">
        <span className="field__label">{t.filter.year}</span>
        <select value={props.year} onChange={(e) => setQuery({ [PARAM.year]: e.target.value })}>
          {props.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--on-brand">
        <span className="field__label">{t.filter.unit}</span>
        <select
          value={props.unitId ?? ''}
          onChange={(e) => setQuery({ [PARAM.unit]: e.target.value === '' ? undefined : e.target.value })}
        >
          <option value="">{t.data.wholeOrganisation}</option>
          {types.map((type) => (
            <optgroup key={type.code} label={type.name[locale]}>
              {units
                .filter((u) => u.type === type.code)
                .sort((a, b) => compareVietnamese(a.name, b.name))
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {props.toolbar !== undefined && <div className="dashboard-controls__toolbar">{props.toolbar}</div>}
    </div>
  );
});
