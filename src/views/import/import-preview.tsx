import type { ResultChange } from '../../domain/imports/diff-results';
import type { Dataset, IndicatorResult } from '../../domain/model';
import { formatNumber, NO_VALUE } from '../../i18n/format';
import { useLocale, useMessages } from '../../ui/i18n-context';
import type { ImportOutcome } from './import-outcome';
import { IssueList } from './issue-list';

/** How many changes and unit names the preview lists; the counts cover the rest. */
const LISTED_CHANGES = 8;
const LISTED_UNITS = 6;

/**
 * What an accepted file holds (years, rows, indicators, units), what it changes against the data shown, and its
 * warnings. A summary, never the rows themselves, so a 100 000-row file renders as fast as a 10-row one.
 */
export function ImportPreview(props: { outcome: ImportOutcome; dataset: Dataset }) {
  const t = useMessages().importer;
  const locale = useLocale();
  const { outcome, dataset } = props;
  const unitName = new Map(dataset.units.map((unit) => [unit.id, unit.name]));
  const units = outcome.unitIds.map((id) => unitName.get(id) ?? id);
  const changes = outcome.diff.samples.slice(0, LISTED_CHANGES);
  const changeCount = outcome.diff.added + outcome.diff.changed;
  return (
    <div className="importer-preview">
      <h3 className="importer-heading">{t.holds}</h3>
      <dl className="importer-facts">
        <dt>{t.file}</dt>
        <dd className="importer-break">{outcome.fileName}</dd>
        <dt>{t.year}</dt>
        <dd data-testid="import-years">{outcome.years.join(', ') || NO_VALUE}</dd>
        <dt>{t.rows}</dt>
        <dd>{formatNumber(outcome.rowCount, locale)}</dd>
        <dt>{t.indicators}</dt>
        <dd>
          {formatNumber(outcome.indicatorCodes.length, locale)}
          {outcome.newIndicators.length > 0 && ` (${t.newIndicators(outcome.newIndicators.length)})`}
        </dd>
        <dt>{t.units}</dt>
        <dd>
          {units.length === 0
            ? t.organisationOnly
            : t.unitList(
                units.length,
                units.slice(0, LISTED_UNITS).join(', ') + (units.length > LISTED_UNITS ? ', …' : ''),
              )}
        </dd>
      </dl>
      <h3 className="importer-heading">{t.changesTitle}</h3>
      <p data-testid="import-changes">
        {t.changes(outcome.diff.added, outcome.diff.changed, outcome.diff.unchanged)}
      </p>
      {changes.length > 0 && (
        <ChangeTable changes={changes} dataset={dataset} outcome={outcome} unitName={unitName} />
      )}
      {changeCount > changes.length && <p>{t.moreChanges(changeCount - changes.length)}</p>}
      {(outcome.warnings.length > 0 || outcome.mismatches.length > 0) && (
        <>
          <h3 className="importer-heading">{t.warningsTitle}</h3>
          {outcome.mismatches.length > 0 && (
            <MismatchList outcome={outcome} dataset={dataset} unitName={unitName} />
          )}
          {outcome.warnings.length > 0 && (
            <IssueList issues={outcome.warnings} total={outcome.warningCount} kind="warning" />
          )}
        </>
      )}
      <p className="importer-note">{t.localNote}</p>
    </div>
  );
}

function ChangeTable(props: {
  changes: ResultChange[];
  dataset: Dataset;
  outcome: ImportOutcome;
  unitName: Map<string, string>;
}) {
  const messages = useMessages();
  const t = messages.importer;
  const locale = useLocale();
  const indicators = new Map(
    [...props.dataset.indicators, ...props.outcome.newIndicators].map((i) => [i.code, i.name[locale]]),
  );
  const figures = (result: IndicatorResult | undefined) => {
    if (!result) return NO_VALUE;
    const actual =
      result.actual.value !== undefined
        ? formatNumber(result.actual.value, locale)
        : result.actual.text.trim();
    return t.planActual(result.planText.trim() || NO_VALUE, actual || NO_VALUE);
  };
  return (
    <div className="importer-table-wrap">
      <table className="importer-table">
        <caption>{t.changesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.column.indicator}</th>
            <th scope="col">{messages.column.adminUnit}</th>
            <th scope="col">{messages.column.year}</th>
            <th scope="col">{t.before}</th>
            <th scope="col">{t.after}</th>
          </tr>
        </thead>
        <tbody>
          {props.changes.map((change) => (
            <tr key={`${change.indicatorCode}|${change.year}|${change.unitId ?? ''}`}>
              <th scope="row" className="importer-break">
                {indicators.get(change.indicatorCode) ?? change.indicatorCode}
              </th>
              <td data-label={messages.column.adminUnit}>
                {change.unitId === undefined
                  ? messages.data.wholeOrganisation
                  : (props.unitName.get(change.unitId) ?? change.unitId)}
              </td>
              <td data-label={messages.column.year}>{change.year}</td>
              <td data-label={t.before}>{change.kind === 'added' ? t.added : figures(change.before)}</td>
              <td data-label={t.after}>{figures(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows whose printed status differs from what the rules give: “Tỷ lệ hộ nghèo (2024): Báo cáo ghi “Đạt”…”. */
function MismatchList(props: { outcome: ImportOutcome; dataset: Dataset; unitName: Map<string, string> }) {
  const messages = useMessages();
  const locale = useLocale();
  const { outcome } = props;
  const names = new Map(
    [...props.dataset.indicators, ...outcome.newIndicators].map((i) => [i.code, i.name[locale]]),
  );
  return (
    <>
      <ul className="importer-issues importer-issues--warning" data-testid="import-mismatches">
        {outcome.mismatches.map((m) => (
          <li key={`${m.indicatorCode}|${m.year}|${m.unitId ?? ''}`}>
            {`${names.get(m.indicatorCode) ?? m.indicatorCode} (${m.unitId === undefined ? messages.data.wholeOrganisation : (props.unitName.get(m.unitId) ?? m.unitId)}, ${m.year}): `}
            {messages.status.mismatch(messages.status[m.reported], messages.status[m.computed])}
          </li>
        ))}
      </ul>
      {outcome.mismatchCount > outcome.mismatches.length && (
        <p>{messages.importer.moreIssues(outcome.mismatchCount - outcome.mismatches.length)}</p>
      )}
    </>
  );
}
