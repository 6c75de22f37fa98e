export interface BarRowProps {
  label: string;
  value: number;
  /** The value at the right end of the track (the chart's maximum, or 100 for shares in percent). */
  max: number;
  color: string;
  format: (value: number) => string;
}

/** Quarter lines across the track, so bars on one scale can be compared by eye (the track's left border is 0). */
const QUARTERS = ['25%', '50%', '75%'] as const;

/** Thinnest bar for a value above zero, in percent of the track, so that a small count still shows. */
const MIN_SHARE = 0.6;

/** Width of a bar in percent of its track: 0 for nothing, never below MIN_SHARE for something, at most 100. */
export function barShare(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(100, Math.max(MIN_SHARE, (value / max) * 100));
}

/**
 * One labelled bar: the name, the bar, the value in words. The bar is an SVG rectangle whose width is a
 * percentage of its track, so it follows the screen with no measuring in script (recharts measured every
 * label with getBoundingClientRect, a forced layout per chart) and no inline style (the CSP forbids it).
 */
export function BarRow(props: BarRowProps) {
  const share = barShare(props.value, props.max);
  return (
    <li className="bar-row">
      <span className="bar-row__label">{props.label}</span>
      <svg className="bar-row__bar" aria-hidden="true" focusable="false" width="100%" height="20">
        {/* Lines, not a CSS gradient background: the browser paints a gradient as an image, about 1 ms per bar
            at 4× CPU slowdown in the bench's traces, on every repaint of the chart. */}
        {QUARTERS.map((x) => (
          <line key={x} className="bar-row__quarter" x1={x} x2={x} y1="0" y2="20" />
        ))}
        {share > 0 && <rect x="0" y="1" width={`${share}%`} height="18" fill={props.color} />}
      </svg>
      <span className="bar-row__value">{props.format(props.value)}</span>
    </li>
  );
}
