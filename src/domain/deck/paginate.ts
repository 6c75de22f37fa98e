/**
 * Splits `items` into the fewest pages of at most `maxPerPage` items, as evenly as possible (page sizes differ
 * by at most one, larger pages first), keeping order: 12 rows at 7 a page are 6 + 6, not 7 + 5.
 * [] for no items. Throws for a `maxPerPage` that is not a positive integer (a programmer error).
 */
export function paginate<T>(items: readonly T[], maxPerPage: number): T[][] {
  if (!Number.isInteger(maxPerPage) || maxPerPage < 1) throw new Error(`invalid maxPerPage: ${maxPerPage}`);
  const pages = Math.ceil(items.length / maxPerPage);
  const result: T[][] = [];
  let start = 0;
  for (let page = 0; page < pages; page += 1) {
    const size = Math.ceil((items.length - start) / (pages - page));
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}
