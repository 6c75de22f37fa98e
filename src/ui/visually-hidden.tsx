import type { ReactNode } from 'react';

/** Text for screen readers only (the `.visually-hidden` class in base.css). */
export function VisuallyHidden(props: { children: ReactNode }) {
  return <span className="visually-hidden">{props.children}</span>;
}
