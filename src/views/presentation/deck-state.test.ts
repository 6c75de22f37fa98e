import { describe, expect, it } from 'vitest';
import {
  autoSecondsFrom,
  type DeckCommand,
  type DeckState,
  deckReducer,
  hashOfSlide,
  initialDeckState,
  keyCommand,
  slideFromHash,
} from './deck-state';

/** Presses keys in order on a deck of `count` slides starting at `index`. */
function press(keys: string[], count = 14, index = 0): DeckState {
  return keys.reduce(
    (state, key) => {
      const command = keyCommand(key);
      if (command === undefined) throw new Error(`no command for ${key}`);
      return deckReducer(state, command);
    },
    initialDeckState(count, index),
  );
}

describe('keyCommand(key)', () => {
  it('maps the clicker’s keys: PageDown, Space and → go on; PageUp and ← go back; “.” and b black out', () => {
    for (const key of ['PageDown', ' ', 'ArrowRight']) expect(keyCommand(key)).toEqual({ type: 'next' });
    for (const key of ['PageUp', 'ArrowLeft']) expect(keyCommand(key)).toEqual({ type: 'previous' });
    for (const key of ['b', 'B', '.']) expect(keyCommand(key)).toEqual({ type: 'black' });
    expect(keyCommand('7')).toEqual({ type: 'digit', digit: '7' });
  });

  it('leaves other keys alone', () => {
    for (const key of ['a', 'Tab', 'Shift', 'F5', '12', ',']) expect(keyCommand(key)).toBeUndefined();
  });
});

describe('deckReducer(state, command)', () => {
  it('moves on and back, and stops at both ends', () => {
    expect(press(['PageDown', ' ', 'ArrowRight']).index).toBe(3);
    expect(press(['PageDown', 'PageDown', 'PageUp']).index).toBe(1);
    expect(press(['PageUp']).index).toBe(0);
    expect(press(['PageDown'], 14, 13).index).toBe(13);
  });

  it('goes to the first and last slide with Home and End', () => {
    expect(press(['End']).index).toBe(13);
    expect(press(['End', 'Home']).index).toBe(0);
  });

  it('jumps to a typed number on Enter, clamped to the deck; Enter alone moves on', () => {
    expect(press(['1', '2', 'Enter']).index).toBe(11);
    expect(press(['9', '9', 'Enter']).index).toBe(13);
    expect(press(['0', 'Enter'], 14, 5).index).toBe(0);
    expect(press(['Enter'], 14, 5).index).toBe(6);
    expect(press(['1', '2', 'Enter']).digits).toBe('');
  });

  it('forgets typed digits on Esc, Backspace removes the last one', () => {
    const state = press(['1', '2', 'Escape', 'Enter'], 14, 3);
    expect(state.index).toBe(4);
    expect(press(['1', '2', 'Backspace']).digits).toBe('1');
  });

  it('blacks the screen with b or “.”, and any key then only brings the slide back', () => {
    expect(press(['b']).black).toBe(true);
    expect(press(['.', '.']).black).toBe(false);
    const back = press(['PageDown', 'B', 'PageDown']);
    expect(back).toMatchObject({ black: false, index: 1 });
    expect(press(['b', 'Escape'])).toMatchObject({ black: false, index: 0 });
  });

  it('opens the overview on the current slide, moves the pick there and opens it with Enter', () => {
    const open = press(['PageDown', 'PageDown', 'o']);
    expect(open).toMatchObject({ overview: true, overviewIndex: 2, index: 2 });
    const picked = press(['PageDown', 'PageDown', 'o', 'ArrowDown', 'ArrowRight', 'Enter']);
    expect(picked).toMatchObject({ overview: false, index: 8 });
    expect(press(['o', 'ArrowUp']).overviewIndex).toBe(0);
    expect(press(['o', 'Escape'])).toMatchObject({ overview: false, index: 0 });
    expect(press(['o', 'O']).overview).toBe(false);
  });

  it('never leaves the page on Esc: with nothing open it changes nothing but the pause', () => {
    const state = press(['PageDown', 'Escape']);
    expect(state).toEqual({ ...initialDeckState(14, 1), autoPaused: true });
  });

  it('opens a slide by index, clamped', () => {
    const open = (index: number): DeckCommand => ({ type: 'open', index });
    expect(deckReducer(initialDeckState(14), open(5)).index).toBe(5);
    expect(deckReducer(initialDeckState(14), open(40)).index).toBe(13);
  });

  it('advances and loops on the timer until any key pauses it', () => {
    const tick: DeckCommand = { type: 'tick' };
    expect(deckReducer(initialDeckState(3, 1), tick).index).toBe(2);
    expect(deckReducer(initialDeckState(3, 2), tick).index).toBe(0);
    const paused = press(['PageDown'], 3);
    expect(deckReducer(paused, tick).index).toBe(1);
    const black = { ...initialDeckState(3), black: true };
    expect(deckReducer(black, tick).index).toBe(0);
  });
});

describe('slideFromHash(hash, count) and hashOfSlide(index)', () => {
  it('reads #3 as the third slide, and round-trips', () => {
    expect(slideFromHash('#3', 14)).toBe(2);
    expect(slideFromHash(hashOfSlide(9), 14)).toBe(9);
  });

  it('falls back to the first slide for no or a bad hash, and to the last past the end', () => {
    expect(slideFromHash('', 14)).toBe(0);
    expect(slideFromHash('#abc', 14)).toBe(0);
    expect(slideFromHash('#0', 14)).toBe(0);
    expect(slideFromHash('#99', 14)).toBe(13);
  });
});

describe('autoSecondsFrom(search)', () => {
  it('reads ?tu-dong=20 as 20 seconds', () => {
    expect(autoSecondsFrom('?nam=2022&tu-dong=20')).toBe(20);
  });

  it('ignores an absent, malformed or unreasonable value', () => {
    for (const search of ['', '?tu-dong=', '?tu-dong=abc', '?tu-dong=2', '?tu-dong=-5', '?tu-dong=99999']) {
      expect(autoSecondsFrom(search), search).toBeUndefined();
    }
    expect(autoSecondsFrom('?tu-dong=3')).toBe(3);
  });
});
