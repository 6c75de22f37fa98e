/**
 * Competition ranks for rows already sorted best first: equal rows share a rank and the next rank skips
 * (1, 1, 3). `same` says whether two neighbours score equally.
 */
export function assignRanks<T>(
  sorted: readonly T[],
  same: (a: T, b: T) => boolean,
): (T & { rank: number })[] {
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((row, i) => {
    const previous = sorted[i - 1];
    const previousRank = ranked[i - 1]?.rank;
    const rank =
      previous !== undefined && previousRank !== undefined && same(previous, row) ? previousRank : i + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
}
