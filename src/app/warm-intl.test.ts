import { afterEach, describe, expect, it, vi } from 'vitest';

const { NumberFormat, Collator } = Intl;
const made = { numberFormats: 0, collators: 0 };

afterEach(() => {
  Intl.NumberFormat = NumberFormat;
  Intl.Collator = Collator;
});

/** Replaces Intl's constructors by subclasses that count what is created (restored after the test). */
function countIntlObjects(): void {
  Intl.NumberFormat = class extends NumberFormat {
    constructor(...args: ConstructorParameters<typeof NumberFormat>) {
      super(...args);
      made.numberFormats += 1;
    }
  } as typeof Intl.NumberFormat;
  Intl.Collator = class extends Collator {
    constructor(...args: ConstructorParameters<typeof Collator>) {
      super(...args);
      made.collators += 1;
    }
  } as typeof Intl.Collator;
}

describe('warmIntl(locale)', () => {
  it('creates the number formats and collators a first render uses, so that the render creates none', async () => {
    vi.resetModules(); // fresh memo tables in format.ts and compare-vietnamese.ts
    countIntlObjects();
    const { warmIntl } = await import('./warm-intl');
    const format = await import('../i18n/format');
    const { compareVietnamese } = await import('../domain/text/compare-vietnamese');

    warmIntl('vi');
    const warmed = { ...made };
    expect(warmed.numberFormats).toBeGreaterThanOrEqual(2);
    expect(warmed.collators).toBe(2);
    // What the dashboard's first render formats and sorts with.
    expect(format.formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(format.formatPercent(105.3, 'vi')).toBe('105,3%');
    expect(['Đông', 'Dương'].sort(format.compareText('vi'))).toEqual(['Dương', 'Đông']);
    expect(compareVietnamese('a', 'b')).toBeLessThan(0);
    expect(made).toEqual(warmed);
  });
});
