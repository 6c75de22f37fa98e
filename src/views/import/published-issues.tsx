import type { DataIssue } from '../../data/issues';
import { useMessages } from '../../ui/i18n-context';
import { IssueList } from './issue-list';

/**
 * What was wrong in the published files of `data/` (file, row, column, what was found and expected). The page
 * shows what could be read; this says what could not, so nothing is lost silently. Renders nothing when clean.
 */
export function PublishedIssues(props: { issues: readonly DataIssue[] }) {
  const t = useMessages();
  if (props.issues.length === 0) return null;
  const errors = props.issues.filter((issue) => issue.severity === 'error');
  const warnings = props.issues.filter((issue) => issue.severity === 'warning');
  return (
    <section className="importer-banner published-issues" role="alert" data-testid="published-issues">
      <p>{t.load.issues(props.issues.length)}</p>
      {errors.length > 0 && <IssueList issues={errors} total={errors.length} kind="error" />}
      {warnings.length > 0 && <IssueList issues={warnings} total={warnings.length} kind="warning" />}
    </section>
  );
}
