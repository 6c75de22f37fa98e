let collator: Intl.Collator | undefined;

/**
 * Compares two strings in Vietnamese (ICU/CLDR `vi`) order: ă, â after a; đ after d; ê after e; ô, ơ after o;
 * ư after u; tone marks are secondary. Use as a sort comparator. The collator is created once.
 */
export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(a, b);
}
