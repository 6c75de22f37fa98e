import { startTransition, useEffect, useMemo, useState } from 'react';
import { busyFlag } from './busy-flag';

/**
 * Computations written as steps (a generator, e.g. src/domain/rank/unit-summaries.ts), run without holding the
 * main thread: a slice of steps per task, each slice ending once it has run SLICE_MS, so that input and frames
 * go between two slices. The first slice runs during the render, so a small data set's result is there at once
 * (no flash of a “calculating” message); a province's goes on in the tasks after it.
 */

/** Wall time per slice (performance.now(), so a slowed-down CPU gets the same slices of time, fewer steps each). */
const SLICE_MS = 8;

let running = 0;
const busy = busyFlag();

function setRunning(delta: number): void {
  running += delta;
  busy.set(running > 0);
}

/** Runs steps until they end or SLICE_MS has passed; the last step's result. */
function runSlice<T>(steps: Iterator<unknown, T, undefined>): IteratorResult<unknown, T> {
  const end = performance.now() + SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (step.done || performance.now() >= end) return step;
  }
}

/** Schedules `task` to run in a task of its own. */
export type NextTask = (task: () => void) => void;

/**
 * A task through a MessageChannel, as React's scheduler does: a browser runs input and frames between two such
 * tasks, and unlike nested timeouts (clamped to 4 ms each, which a hundred slices would add up) they start at once.
 */
const nextMessage: NextTask = (task) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
};

/**
 * Runs the rest of `steps` one slice per task and calls `done` with their value; the function returned stops
 * them (no further step runs, `done` is not called).
 */
export function runInSlices<T>(
  steps: Iterator<unknown, T, undefined>,
  done: (value: T) => void,
  nextTask: NextTask = nextMessage,
): () => void {
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    const step = runSlice(steps);
    if (step.done) done(step.value);
    else nextTask(slice);
  };
  nextTask(slice);
  return () => {
    stopped = true;
  };
}

/**
 * The value `start()`'s steps return, or undefined while they are still running (render a “calculating” state
 * then). Memoise `start` (useCallback over what it reads): a new `start` drops the old computation and starts
 * again. The value arrives in a transition, so the render it causes is sliced too.
 */
export function useStepwise<T>(start: () => Iterator<unknown, T, undefined>): T | undefined {
  const run = useMemo(() => {
    const steps = start();
    return { steps, first: runSlice(steps) };
  }, [start]);
  const [finished, setFinished] = useState<{ run: typeof run; value: T }>();
  const done = run.first.done === true || finished?.run === run;
  useEffect(() => {
    if (done) return;
    const stop = runInSlices(run.steps, (value) => startTransition(() => setFinished({ run, value })));
    // Busy until the value has committed: this effect's cleanup runs then (`done` turns true), or when dropped.
    setRunning(+1);
    return () => {
      stop();
      setRunning(-1);
    };
  }, [run, done]);
  if (run.first.done) return run.first.value;
  return finished?.run === run ? finished.value : undefined;
}

/** True while a stepwise computation runs (the dashboard shows it as `aria-busy`, as it does staged charts). */
export function useStepwiseBusy(): boolean {
  return busy.use();
}
