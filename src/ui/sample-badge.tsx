import { useMessages } from './i18n-context';
import { VisuallyHidden } from './visually-hidden';

/**
 * “Dữ liệu minh họa”: marks figures that are not official. `explain` shows the one-line explanation as
 * visible text; otherwise it is a tooltip for the mouse and hidden text for screen readers.
 */
export function SampleBadge(props: { explain?: boolean }) {
  const t = useMessages();
  if (props.explain) {
    return (
      <p className="sample-note">
        <span className="sample-badge">{t.sample.badge}</span> {t.sample.explanation}
      </p>
    );
  }
  return (
    <span className="sample-badge" title={t.sample.explanation}>
      {t.sample.badge}
      <VisuallyHidden>: {t.sample.explanation}</VisuallyHidden>
    </span>
  );
}
