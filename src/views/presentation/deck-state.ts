/**
 * The deck's navigation as a pure reducer, so the clicker's keys can be tested without a browser.
 * Slides are numbered from 0 here and from 1 on screen and in the URL hash (`#3` is the third slide).
 */

export interface DeckState {
  index: number;
  count: number;
  black: boolean;
  overview: boolean;
  /** The slide picked in the overview grid. */
  overviewIndex: number;
  /** Digits typed so far for “a number then Enter”. */
  digits: string;
  /** `?tu-dong=` advancing stops for good at the first key press or click. */
  autoPaused: boolean;
}

export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' }
  | { type: 'enter' }
  | { type: 'black' }
  | { type: 'overview' }
  | { type: 'escape' }
  | { type: 'fullscreen' }
  /** Open a slide (a click in the overview, a changed hash). */
  | { type: 'open'; index: number }
  /** The auto-advance timer: moves on and loops, unless paused, black or in the overview. */
  | { type: 'tick' };

/** Columns of the overview grid (presentation.css), for ↑ and ↓ there. */
export const OVERVIEW_COLUMNS = 5;

const MAX_DIGITS = 3;

export function initialDeckState(count: number, index = 0): DeckState {
  return {
    index: clamp(index, count),
    count,
    black: false,
    overview: false,
    overviewIndex: 0,
    digits: '',
    autoPaused: false,
  };
}

/**
 * The command a key sends (KeyboardEvent.key), or undefined for keys the deck leaves alone.
 * A clicker sends PageDown / PageUp, and “.” or “b” for a black screen.
 */
export function keyCommand(key: string): DeckCommand | undefined {
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'ArrowDown':
      return { type: 'down' };
    case 'ArrowUp':
      return { type: 'up' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'enter' };
    case 'Backspace':
      return { type: 'backspace' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'black' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return undefined;
  }
}

/**
 * What a command does. Any command but `tick` pauses the auto-advance. While the screen is black, any command
 * but fullscreen only brings the slide back (as PowerPoint does). Esc clears typed digits, then closes the
 * overview, then the black screen; it never leaves the page (a clerk pressing Esc to leave full screen
 * must not lose the deck). Enter jumps to the typed number (clamped to the deck), opens the slide picked in
 * the overview, and otherwise moves on.
 */
export function deckReducer(state: DeckState, command: DeckCommand): DeckState {
  if (command.type === 'tick') {
    if (state.autoPaused || state.black || state.overview || state.count === 0) return state;
    return { ...state, index: (state.index + 1) % state.count };
  }
  const s = { ...state, autoPaused: true };
  if (s.black && command.type !== 'fullscreen') return { ...s, black: false, digits: '' };
  switch (command.type) {
    case 'digit':
      return { ...s, digits: (s.digits + command.digit).slice(-MAX_DIGITS) };
    case 'backspace':
      return { ...s, digits: s.digits.slice(0, -1) };
    case 'enter': {
      if (s.digits !== '') {
        const index = clamp(Number(s.digits) - 1, s.count);
        return { ...s, digits: '', index, overview: false };
      }
      if (s.overview) return { ...s, index: s.overviewIndex, overview: false };
      return move(s, 1);
    }
    case 'escape':
      if (s.digits !== '') return { ...s, digits: '' };
      if (s.overview) return { ...s, overview: false };
      return s;
    case 'black':
      return { ...s, black: true, digits: '' };
    case 'overview':
      return s.overview
        ? { ...s, overview: false, digits: '' }
        : { ...s, overview: true, overviewIndex: s.index, digits: '' };
    case 'open':
      return { ...s, index: clamp(command.index, s.count), overview: false, digits: '' };
    case 'next':
      return move(s, 1);
    case 'previous':
      return move(s, -1);
    case 'down':
      return s.overview ? move(s, OVERVIEW_COLUMNS) : move(s, 1);
    case 'up':
      return s.overview ? move(s, -OVERVIEW_COLUMNS) : move(s, -1);
    case 'first':
      return s.overview ? { ...s, overviewIndex: 0, digits: '' } : { ...s, index: 0, digits: '' };
    case 'last':
      return s.overview
        ? { ...s, overviewIndex: clamp(s.count - 1, s.count), digits: '' }
        : { ...s, index: clamp(s.count - 1, s.count), digits: '' };
    case 'fullscreen':
      return s;
  }
}

/** Moves the slide (or the overview pick) by `step`, stopping at the ends. */
function move(s: DeckState, step: number): DeckState {
  if (s.overview) return { ...s, overviewIndex: clamp(s.overviewIndex + step, s.count), digits: '' };
  return { ...s, index: clamp(s.index + step, s.count), digits: '' };
}

function clamp(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The slide a URL hash names: `#3` → 2; anything else (or none) → 0; past the end → the last slide. */
export function slideFromHash(hash: string, count: number): number {
  const match = /^#(\d{1,4})$/.exec(hash);
  return match ? clamp(Number(match[1]) - 1, count) : 0;
}

/** The hash for a slide: 2 → `#3`. */
export function hashOfSlide(index: number): string {
  return `#${index + 1}`;
}

/** `?tu-dong=20` → 20 (seconds between slides); undefined when absent or outside 3–3600. */
export function autoSecondsFrom(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tu-dong');
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const seconds = Number(raw);
  return seconds >= 3 && seconds <= 3600 ? seconds : undefined;
}
