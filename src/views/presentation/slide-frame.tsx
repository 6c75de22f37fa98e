import type { ReactNode } from 'react';
import { useMessages } from '../../ui/i18n-context';

export interface SlideFrameProps {
  kind: string;
  /** 1-based slide number and the deck's length. */
  number: number;
  total: number;
  title: string;
  /** Dark slides (title, closing) are white on deep navy; the others dark on white. */
  tone: 'light' | 'dark';
  /** The context line's parts, already worded: year, unit, data date, source. */
  context: readonly string[];
  isSample: boolean;
  /** Title slides set their own heading inside the body. */
  showHeading?: boolean;
  hidden?: boolean;
  children: ReactNode;
}

/**
 * One slide on the deck's fixed canvas (presentation.css sizes everything in canvas units, so a slide looks
 * the same at 1024×768 and 1920×1080): heading, body, and the context line with the slide number.
 */
export function SlideFrame(props: SlideFrameProps) {
  const t = useMessages();
  return (
    <section
      className={`slide slide--${props.tone} slide--${props.kind}`}
      aria-label={t.presentation.slideLabel(props.number, props.total, props.title)}
      data-slide={props.number}
      hidden={props.hidden}
    >
      {props.showHeading !== false && (
        <header className="slide__header">
          <h2 className="slide__title">{props.title}</h2>
        </header>
      )}
      <div className="slide__body">{props.children}</div>
      <footer className="slide__context">
        <p className="slide__context-text">
          {props.context.join(' · ')}
          {props.isSample && (
            <>
              {' '}
              <span className="deck-badge">{t.sample.badge}</span>
            </>
          )}
        </p>
        <p className="slide__number">{t.presentation.slideNumber(props.number, props.total)}</p>
      </footer>
    </section>
  );
}
