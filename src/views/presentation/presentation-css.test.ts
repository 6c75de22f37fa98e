import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, cssToken } from '../../../test/support/css-contrast';

const css = readFileSync(new URL('../../styles/presentation.css', import.meta.url), 'utf8');

const token = (name: string): string => cssToken(css, name);

/** Projectors wash colours out: the deck asks 7:1 (WCAG AAA) of every text colour on its background. */
const PROJECTOR = 7;

describe('presentation.css palette', () => {
  it('measures contrast correctly: black on white 21:1, and the old status green #1a6b2f falls short of 7:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1a6b2f', '#ffffff')).toBeLessThan(PROJECTOR);
  });

  it('gives text, muted text, navy and every status 7:1 on the white slide (also white text on their bars)', () => {
    for (const name of [
      'deck-text',
      'deck-muted',
      'deck-navy',
      'deck-exceeded',
      'deck-met',
      'deck-basically-met',
      'deck-not-met',
      'deck-no-data',
    ]) {
      expect(contrast(token(name), token('deck-background')), name).toBeGreaterThanOrEqual(PROJECTOR);
    }
  });

  it('keeps table text 7:1 on the zebra rows', () => {
    for (const name of [
      'deck-text',
      'deck-muted',
      'deck-exceeded',
      'deck-met',
      'deck-not-met',
      'deck-no-data',
    ]) {
      expect(contrast(token(name), token('deck-zebra')), name).toBeGreaterThanOrEqual(PROJECTOR);
    }
  });

  it('keeps white and the gold accent 7:1 on the navy title slides, and the sample badge readable', () => {
    expect(contrast(token('deck-on-navy'), token('deck-navy'))).toBeGreaterThanOrEqual(PROJECTOR);
    expect(contrast(token('deck-accent-on-navy'), token('deck-navy'))).toBeGreaterThanOrEqual(PROJECTOR);
    expect(contrast(token('deck-badge-text'), token('deck-badge-background'))).toBeGreaterThanOrEqual(
      PROJECTOR,
    );
  });

  it('loads nothing from another host', () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/);
  });
});
