import type { Status } from '../domain/model';

/**
 * Status colours for SVG fills, the same values as the `--color-*` tokens in tokens.css (SVG presentation
 * attributes are set as plain values here). Colour is never the only cue: every chart names its categories.
 */
export const STATUS_COLOR: Record<Status, string> = {
  exceeded: '#1a6b2f',
  met: '#1d4ed8',
  basicallyMet: '#8a4b00',
  notMet: '#b42318',
  noData: '#5b5f66',
};

/** Neutral bars (rankings, awards) and the plan line. */
export const BAR_COLOR = '#9b1c1c';
export const PLAN_COLOR = '#545b64';
export const AXIS_COLOR = '#545b64';
