import type { DataIssue } from '../../data/issues';
import { useLocale, useMessages } from '../../ui/i18n-context';
import { describeIssue } from './describe-issue';

/** How many issues are written out; the count says how many more there are. */
const LISTED_ISSUES = 30;

/**
 * Issues as sentences naming file, row and column, as text (a hostile cell stays text). `total` counts them all,
 * listed or not. `kind` only styles the list; each sentence says what happened to the row.
 */
export function IssueList(props: { issues: readonly DataIssue[]; total: number; kind: 'error' | 'warning' }) {
  const t = useMessages().importer;
  const locale = useLocale();
  const listed = props.issues.slice(0, LISTED_ISSUES);
  return (
    <>
      <ul className={`importer-issues importer-issues--${props.kind}`} data-testid={`import-${props.kind}s`}>
        {listed.map((issue, i) => (
          // Issues have no identity of their own; the list never reorders.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{describeIssue(issue, locale)}</li>
        ))}
      </ul>
      {props.total > listed.length && <p>{t.moreIssues(props.total - listed.length)}</p>}
    </>
  );
}
