export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown, formatted for the locale. */
  valueText: string;
}

/**
 * Horizontal bars for a few named counts (awards by title or cluster), each with its label and its number
 * as text, so the figure never rests on the bar's length alone. Bars are scaled to the largest value.
 */
export function BarList(props: { bars: readonly Bar[]; label: string }) {
  const max = Math.max(0, ...props.bars.map((b) => b.value));
  return (
    <ul className="bar-list" aria-label={props.label}>
      {props.bars.map((bar) => (
        <li key={bar.key} className="bar-list__row">
          <span className="bar-list__label">{bar.label}</span>
          <span className="bar-list__track">
            <span
              className="bar-list__bar"
              style={{ width: `${max === 0 ? 0 : (bar.value / max) * 100}%` }}
            />
          </span>
          <span className="bar-list__value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  );
}
