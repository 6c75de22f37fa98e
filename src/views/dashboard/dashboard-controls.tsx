import { memo, type ReactNode, useDeferredValue, useMemo } from 'react';
import type { AdminUnit, Dataset, UnitType } from '../../domain/model';
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
  const { dataset } = props;
  // The units offered, grouped by type and sorted by name once per data set (a province has thousands: sorting
  // them on every year switch showed in the bench's profile).
  const groups = useMemo(() => {
    const mentioned = new Set<string>();
    for (const r of dataset.results) if (r.unitId !== undefined) mentioned.add(r.unitId);
    for (const a of dataset.awards) if (a.unitId !== undefined) mentioned.add(a.unitId);
    for (const c of dataset.clusters) for (const id of c.memberIds) mentioned.add(id);
    const units = dataset.units.filter((u) => mentioned.has(u.id) && u.id !== dataset.organisation.unitId);
    return dataset.unitTypes
      .map((type) => ({
        type,
        units: units.filter((u) => u.type === type.code).sort((a, b) => compareVietnamese(a.name, b.name)),
      }))
      .filter((group) => group.units.length > 0);
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
      <UnitSelect groups={groups} unitId={props.unitId} />
      {props.toolbar !== undefined && <div className="dashboard-controls__toolbar">{props.toolbar}</div>}
    </div>
  );
});

interface UnitGroup {
  type: UnitType;
  units: AdminUnit[];
}

/** Above this many units, the options are rendered after the first paint (see `UnitSelect`). */
const DEFER_OPTIONS_ABOVE = 200;
const NO_GROUPS: readonly UnitGroup[] = [];

/**
 * The unit choice. A component of its own, memoised: a year switch or a keystroke does not go through its options
 * (2 900 of them for a province). A province's options are rendered after the page's first render, in a transition
 * (`useDeferredValue` with no groups at first), which React renders in slices of a few milliseconds: creating
 * 2 900 options was about a third of the first load's longest task (bench, 4× CPU, CPU profile: createElement,
 * setProp, setTextContent, appendChild). Until then the select holds the chosen unit alone.
 */
const UnitSelect = memo(function UnitSelect(props: { groups: readonly UnitGroup[]; unitId?: string }) {
  const t = useMessages();
  const locale = useLocale();
  const total = props.groups.reduce((n, group) => n + group.units.length, 0);
  const groups = useDeferredValue(props.groups, total > DEFER_OPTIONS_ABOVE ? NO_GROUPS : props.groups);
  const chosen =
    groups !== NO_GROUPS || props.unitId === undefined
      ? undefined
      : props.groups.flatMap((group) => group.units).find((u) => u.id === props.unitId);
  return (
    <label className="field field--on-brand field--unit">
      <span className="field__label">{t.filter.unit}</span>
      <select
        value={props.unitId ?? ''}
        onChange={(e) => setQuery({ [PARAM.unit]: e.target.value === '' ? undefined : e.target.value })}
      >
        <option value="">{t.data.wholeOrganisation}</option>
        {chosen !== undefined && (
          <option key={chosen.id} value={chosen.id}>
            {chosen.name}
          </option>
        )}
        {groups.map(({ type, units }) => (
          <optgroup key={type.code} label={type.name[locale]}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
});
