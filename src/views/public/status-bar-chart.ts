import type { Status } from '../../domain';
import { h, type VElement } from './h';

export const BAR_STATUSES = [
  'exceeded',
  'met',
  'basicallyMet',
  'notMet',
  'noData',
] as const satisfies readonly Status[];

const WIDTH = 1000;
const HEIGHT = 40;

/**
 * A stacked bar of status counts as static SVG (no chart library): one rect per status with a count above 0,
 * widths proportional to the counts, coloured by class (components' status colours in public.css). It is an
 * image with `label` as its text alternative; the legend beside it says each status in words and shapes.
 * An empty bar (total 0) is a single grey rect.
 */
export function statusBarChart(counts: Record<Status, number>, label: string): VElement {
  const total = BAR_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  let x = 0;
  const rects = BAR_STATUSES.filter((s) => counts[s] > 0).map((s) => {
    const width = (counts[s] / total) * WIDTH;
    const rect = h('rect', {
      class: `status-bar__part status-bar__part--${s}`,
      x: round(x),
      y: 0,
      width: round(width),
      height: HEIGHT,
      'data-status': s,
      'data-count': counts[s],
    });
    x += width;
    return rect;
  });
  return h(
    'svg',
    {
      class: 'status-bar',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-label': label,
      focusable: 'false',
    },
    total === 0
      ? h('rect', {
          class: 'status-bar__part status-bar__part--noData',
          x: 0,
          y: 0,
          width: WIDTH,
          height: HEIGHT,
        })
      : rects,
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A horizontal bar for one figure of a table row, `value` out of `max`; decorative (the number is in the row). */
export function rowBar(value: number, max: number): VElement {
  const width = max > 0 ? Math.max(0, Math.min(1, value / max)) * 100 : 0;
  return h(
    'svg',
    {
      class: 'row-bar',
      viewBox: '0 0 100 10',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    h('rect', { class: 'row-bar__track', x: 0, y: 0, width: 100, height: 10 }),
    h('rect', { class: 'row-bar__value', x: 0, y: 0, width: round(width), height: 10, 'data-value': value }),
  );
}
