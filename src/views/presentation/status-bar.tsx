import type { Status } from '../../domain/model';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../ui/i18n-context';
import { STATUS_DISPLAY_ORDER, StatusIcon } from '../../ui/status-badge';

/** Segments narrower than this share of the bar carry no label (their count is in the text beside it). */
const LABEL_SHARE = 0.07;

/**
 * A stacked bar of status counts, best first, each segment with its icon and count when wide enough.
 * `label` is the same figures as a sentence, for screen readers (the bar is an image to them).
 */
export function StatusBar(props: { counts: Record<Status, number>; total: number; label: string }) {
  const locale = useLocale();
  const { counts, total } = props;
  return (
    <div className="status-bar" role="img" aria-label={props.label}>
      {STATUS_DISPLAY_ORDER.filter((s) => counts[s] > 0).map((status) => {
        const share = total === 0 ? 0 : counts[status] / total;
        return (
          <span
            key={status}
            className={`status-bar__segment status-bar__segment--${status}`}
            style={{ width: `${share * 100}%` }}
          >
            {share >= LABEL_SHARE && (
              <>
                <StatusIcon status={status} />
                {formatNumber(counts[status], locale)}
              </>
            )}
          </span>
        );
      })}
    </div>
  );
}
