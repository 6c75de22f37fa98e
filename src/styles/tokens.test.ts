import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, cssToken } from '../../test/support/css-contrast';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

const token = (name: string): string => cssToken(css, name);

describe('tokens.css', () => {
  it('computes contrast correctly (black on white is 21:1, white on white 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  for (const status of ['exceeded', 'met', 'basically-met', 'not-met', 'no-data']) {
    it(`gives the ${status} status text at least 4.5:1 on white and on its own tint`, () => {
      expect(contrast(token(`color-${status}`), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token(`color-${status}`), token(`color-${status}-tint`))).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('keeps text, links, brand and gold text at least 4.5:1 on white', () => {
    for (const name of ['color-text', 'color-text-muted', 'color-link', 'color-brand', 'color-gold-text']) {
      expect(contrast(token(name), '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(token('color-gold-text'), token('color-gold-tint'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(token('color-on-brand'), token('color-brand'))).toBeGreaterThanOrEqual(4.5);
  });

  it('makes the focus ring visible on white and on the red header (3:1, WCAG 1.4.11)', () => {
    expect(contrast(token('color-focus-ring'), '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(token('color-focus-halo'), token('color-brand'))).toBeGreaterThanOrEqual(3);
  });

  it('loads no web fonts and nothing from another host', () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/);
    expect(css).toContain('system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif');
  });
});
