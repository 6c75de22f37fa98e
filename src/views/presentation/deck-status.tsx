import type { Status } from '../../domain/model';
import { useMessages } from '../../ui/i18n-context';
import { StatusIcon } from '../../ui/status-badge';

/** A status as icon + word in the projector palette (never colour alone). */
export function DeckStatus(props: { status: Status }) {
  const t = useMessages();
  return (
    <span className={`deck-status deck-status--${props.status}`}>
      <StatusIcon status={props.status} />
      <span>{t.status[props.status]}</span>
    </span>
  );
}
