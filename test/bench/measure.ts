/** Runs `fn` `warmup` times, then `runs` times, and returns the median in milliseconds (never asserted: printed). */
export function measure(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Forces a full garbage collection (node --expose-gc), twice so that weak references settle. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the bench with node --expose-gc (npm run bench does)');
  gc();
  gc();
}

/** Bytes in use: the V8 heap plus the buffers outside it (typed arrays). */
export function heapInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Times `a` and `b` alternately (a, b, a, b…) after `warmup` rounds and returns both medians: a busy moment of a
 * shared machine then slows both alike, and the ratio stays meaningful. With `warmMs`, the warm-up also lasts at
 * least that long (both alike): a few rounds of a 2 ms parse leave V8 compiling and the young heap growing, and
 * the figure then measured the process's start, not the code (the 1k parse swung from 1.2× to 3.6× raw).
 * With `collect`, every timed call starts after a full collection, so that each side pays for its own garbage
 * only: alternated in one heap, a side's old-generation collection fell inside the other's call at random (raw
 * papaparse at 100k measured 84 ms alone and 186 ms in a full bench run, its 1k figure 0.63 or 1.1 ms), and the
 * ratio swung between 56 % and 94 % from run to run.
 */
export async function measurePair(
  a: () => unknown,
  b: () => unknown,
  runs = 5,
  warmup = 1,
  warmMs = 0,
  collect = false,
): Promise<[number, number]> {
  const ta: number[] = [];
  const tb: number[] = [];
  const warmUntil = performance.now() + warmMs;
  while (warmup > 0 && performance.now() < warmUntil) {
    await a();
    await b();
  }
  for (let i = 0; i < warmup + runs; i++) {
    if (collect) collectGarbage();
    let start = performance.now();
    await a();
    const da = performance.now() - start;
    if (collect) collectGarbage();
    start = performance.now();
    await b();
    const db = performance.now() - start;
    if (i >= warmup) {
      ta.push(da);
      tb.push(db);
    }
  }
  return [median(ta), median(tb)];
}
