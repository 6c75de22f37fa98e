import { useMessages } from './i18n-context';

/** The id of the main landmark the skip link jumps to; PageShell uses it. */
export const MAIN_ID = 'noi-dung-chinh';

/** “Bỏ qua, đến nội dung chính”: the first focusable element, visible only when focused. */
export function SkipLink(props: { targetId?: string }) {
  const t = useMessages();
  return (
    <a className="skip-link" href={`#${props.targetId ?? MAIN_ID}`}>
      {t.skipLink}
    </a>
  );
}
