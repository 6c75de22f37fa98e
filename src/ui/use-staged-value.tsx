import { type ComponentType, startTransition, useLayoutEffect, useState } from 'react';
import { busyFlag } from './busy-flag';

/**
 * Staged updates: a component that shows `useStagedValue(value)` moves to a new value in its own transition,
 * one component at a time, each in a task of its own after the previous one has committed.
 *
 * Why: a year switch changes every chart of the dashboard. Rendered together they commit together, and a
 * commit is one task that nothing can slice; recharts then re-renders each chart again from its layout effects
 * in that same task. At 4× CPU slowdown that held the main thread for 0.2–0.8 s. Staged, each chart is a task
 * of its own and the page answers input between two charts. The section's text and tables still follow the
 * URL at once (through `useDeferredValue`); the charts catch up a moment later, while `useStagingBusy()` is true
 * (the dashboard shows it as `aria-busy`, which the end-to-end tests wait for).
 */

type Job = () => void;

/** Jobs waiting for their turn, oldest first. */
const waiting: Job[] = [];
/** The job whose render has started and not committed yet. */
let active: Job | undefined;
/** The next job's start is scheduled. */
let scheduled = false;
const busy = busyFlag();

/** A job that has not committed after this long lets the next one go (a render React dropped, say). */
const STUCK_MS = 2000;

function pump(): void {
  if (active !== undefined || scheduled) return;
  if (waiting.length === 0) {
    busy.set(false);
    return;
  }
  busy.set(true);
  scheduled = true;
  afterNextFrame(() => {
    scheduled = false;
    const job = waiting.shift();
    if (job === undefined) return pump();
    active = job;
    startTransition(job);
    setTimeout(() => finish(job), STUCK_MS);
  });
}

/**
 * Runs `run` in a task after the browser's next frame, so that a job's commit is drawn in a frame of its own. A
 * task right after the previous commit was not enough: tasks in a row are drawn in one frame, and that frame's
 * style, layout and paint of two or three sections (the units' ranking and the awards, say) was the year switch's
 * longest task. A hidden page draws no frames, so it just takes the next task.
 */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}

function enqueue(job: Job): void {
  waiting.push(job);
  pump();
}

/** The job has committed, or is no longer wanted: drop it and let the next one go. */
function finish(job: Job): void {
  const at = waiting.indexOf(job);
  if (at >= 0) waiting.splice(at, 1);
  if (active === job) active = undefined;
  pump();
}

/**
 * `value`, moved to in a staged transition (see above). The first render shows `value` at once; later changes
 * arrive a moment after the rest of the page. A value that changes again before its turn replaces the old one.
 */
export function useStagedValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  // A layout effect: the queue (and `useStagingBusy`) learns of the new value in the task that commits it, so
  // there is no moment where the page looks settled while a chart still shows the old value.
  useLayoutEffect(() => {
    if (Object.is(shown, value)) return;
    const job = () => setShown(() => value);
    enqueue(job);
    // Runs when the new value has committed (`shown` changed), when `value` changes again, or on unmount.
    return () => finish(job);
  }, [value, shown]);
  return shown;
}

/** True while staged values are catching up. */
export function useStagingBusy(): boolean {
  return busy.use();
}

/**
 * Renders `component` with `props` moved to in a staged update (see above): a whole section of the page
 * redraws in a task of its own. Memoise `props` (useMemo) and make `component` a `memo` component.
 */
export function Staged<P extends object>(props: { component: ComponentType<P>; props: P }) {
  const Component = props.component;
  const shown = useStagedValue(props.props);
  return <Component {...shown} />;
}
