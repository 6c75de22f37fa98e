/**
 * A count with the locale's digit grouping: `100000` → `100.000` (vi) or `100,000` (en). For the messages
 * (vi.ts, en.ts) whose counts may pass a thousand (rows of a province's file, its communes); a year is never one.
 * Its own module, with no import, so that the message files can use it (format.ts imports them).
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatCount(n: number, intlLocale: 'vi-VN' | 'en-GB'): string {
  let format = formats.get(intlLocale);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
    formats.set(intlLocale, format);
  }
  return format.format(n);
}
