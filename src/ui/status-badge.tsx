import type { ReactNode } from 'react';
import { STATUS_ORDER } from '../domain';
import type { Status } from '../domain/model';
import { useMessages } from './i18n-context';
import { VisuallyHidden } from './visually-hidden';

/** Display order of statuses, best first: the domain's order. */
export const STATUS_DISPLAY_ORDER = STATUS_ORDER;

/**
 * One shape per status, so a status never rests on colour alone:
 * ▲ exceeded, ● met, ◐ basically met, ▼ not met, ○ no data. Inline SVG in `currentColor`, hidden from
 * screen readers (the word beside it is the text).
 */
export function StatusIcon(props: { status: Status }) {
  return (
    <svg
      className="status-icon"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
      data-shape={props.status}
    >
      {SHAPES[props.status]}
    </svg>
  );
}

const SHAPES: Record<Status, ReactNode> = {
  exceeded: <path d="M6 1 11 10.5H1Z" fill="currentColor" />,
  met: <circle cx="6" cy="6" r="5" fill="currentColor" />,
  basicallyMet: (
    <>
      <circle cx="6" cy="6" r="4.4" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M6 1a5 5 0 0 0 0 10Z" fill="currentColor" />
    </>
  ),
  notMet: <path d="M6 11 11 1.5H1Z" fill="currentColor" />,
  noData: <circle cx="6" cy="6" r="4.4" fill="none" stroke="currentColor" strokeWidth="1.2" />,
};

export interface StatusBadgeProps {
  status: Status;
  /** The report's own label and the rules' result, when they differ: shows a marker that says both. */
  mismatch?: { reported: Status; computed: Status };
}

/** A status as icon + word + colour (classes `status-badge--<status>` in components.css). */
export function StatusBadge(props: StatusBadgeProps) {
  const t = useMessages();
  const { status, mismatch } = props;
  const differs = mismatch !== undefined && mismatch.reported !== mismatch.computed;
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      <span className="status-badge__word">{t.status[status]}</span>
      {differs && (
        <MismatchMarker text={t.status.mismatch(t.status[mismatch.reported], t.status[mismatch.computed])} />
      )}
    </span>
  );
}

/** A row's shown status, with the mismatch marker when the report's label and the rules' result differ. */
export function RowStatusBadge(props: {
  row: { status: Status; mismatch: boolean; reportedStatus?: Status; computedStatus: Status };
}) {
  const { row } = props;
  return (
    <StatusBadge
      status={row.status}
      mismatch={
        row.mismatch && row.reportedStatus !== undefined
          ? { reported: row.reportedStatus, computed: row.computedStatus }
          : undefined
      }
    />
  );
}

/** “!” marker: the title is for mouse users, the hidden text for screen readers (titles are not reliably read). */
function MismatchMarker(props: { text: string }) {
  return (
    <span className="status-badge__mismatch" title={props.text}>
      <span aria-hidden="true">!</span>
      <VisuallyHidden>{props.text}</VisuallyHidden>
    </span>
  );
}
