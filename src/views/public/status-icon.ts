import type { Status } from '../../domain';
import { h, type VElement } from './h';

/**
 * The same shapes as the dashboard's StatusIcon (src/ui/status-badge.tsx), without React: ▲ exceeded, ● met,
 * ◐ basically met, ▼ not met, ○ no data; so a status never rests on colour alone. Hidden from screen readers:
 * the word beside it is the text.
 */
export function statusIcon(status: Status): VElement {
  return h(
    'svg',
    {
      class: 'status-icon',
      viewBox: '0 0 12 12',
      width: 12,
      height: 12,
      'aria-hidden': 'true',
      focusable: 'false',
      'data-shape': status,
    },
    SHAPES[status](),
  );
}

const ring = () =>
  h('circle', { cx: 6, cy: 6, r: 4.4, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 });

const SHAPES: Record<Status, () => VElement[]> = {
  exceeded: () => [h('path', { d: 'M6 1 11 10.5H1Z', fill: 'currentColor' })],
  met: () => [h('circle', { cx: 6, cy: 6, r: 5, fill: 'currentColor' })],
  basicallyMet: () => [ring(), h('path', { d: 'M6 1a5 5 0 0 0 0 10Z', fill: 'currentColor' })],
  notMet: () => [h('path', { d: 'M6 11 11 1.5H1Z', fill: 'currentColor' })],
  noData: () => [ring()],
};

/** Icon + word + colour, with the classes of the shared StatusBadge (components.css). */
export function statusBadge(status: Status, word: string): VElement {
  return h(
    'span',
    { class: `status-badge status-badge--${status}` },
    statusIcon(status),
    h('span', { class: 'status-badge__word' }, word),
  );
}
