import { formatNumber } from '../../i18n/format';
import { useLocale, useMessages } from '../../ui/i18n-context';
import type { ImportOutcome, ParseFailure } from './import-outcome';
import { IssueList } from './issue-list';

/** The time limit and size cap the refusal may quote. */
export interface ImportLimits {
  maxBytes: number;
  timeLimitMs: number;
}

/**
 * Why a file was refused: its blocking errors by row and column (then its other issues), or why it could not be
 * read at all; and that the data shown has not changed.
 */
export function ImportRefusal(props: {
  fileName: string;
  outcome?: ImportOutcome;
  reason?: ParseFailure;
  limits: ImportLimits;
}) {
  const t = useMessages().importer;
  const locale = useLocale();
  const { outcome, reason } = props;
  return (
    <div className="importer-refusal" role="alert">
      <p className="importer-refusal__title">{t.refusedTitle(props.fileName)}</p>
      <p>{t.refusedKept}</p>
      {reason === 'tooLarge' && (
        <p>{t.tooLarge(`${formatNumber(props.limits.maxBytes / 1024 / 1024, locale)} MB`)}</p>
      )}
      {reason === 'timeout' && <p>{t.timeout(Math.round(props.limits.timeLimitMs / 1000))}</p>}
      {reason === 'crashed' && <p>{t.crashed}</p>}
      {outcome && outcome.errorCount === 0 && outcome.rowCount === 0 && <p>{t.noRows}</p>}
      {outcome && outcome.errorCount > 0 && (
        <>
          <h3 className="importer-heading">{t.errorsTitle}</h3>
          <p>{t.errorCount(outcome.errorCount)}</p>
          <IssueList issues={outcome.errors} total={outcome.errorCount} kind="error" />
          <p>{t.refusedFix}</p>
        </>
      )}
      {outcome && outcome.warnings.length > 0 && (
        <>
          <h3 className="importer-heading">{t.warningsTitle}</h3>
          <IssueList issues={outcome.warnings} total={outcome.warningCount} kind="warning" />
        </>
      )}
    </div>
  );
}
