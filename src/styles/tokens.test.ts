import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

function token(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`token --${name} not found as a #rrggbb colour`);
  return match[1];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

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
