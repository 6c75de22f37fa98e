import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runInSlices, useStepwise } from './use-stepwise';

/** Steps that each keep the thread busy for `ms` (a slice ends once 8 ms have passed). */
function* busySteps(count: number, ms: number, log: { steps: number }) {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // busy, as evaluating a unit's year is
    }
    log.steps += 1;
    yield i;
  }
  return `${count} steps`;
}

function Probe(props: { start: () => Iterator<unknown, string, undefined> }) {
  const value = useStepwise(props.start);
  return <p>{value ?? 'pending'}</p>;
}

describe('useStepwise(start)', () => {
  it('has a small computation’s value in the first render (no “calculating” flash)', () => {
    const log = { steps: 0 };
    const start = () => busySteps(3, 0, log);
    expect(renderToStaticMarkup(<Probe start={start} />)).toBe('<p>3 steps</p>');
    expect(log.steps).toBe(3);
  });

  it('renders “pending” for a long one, having run only its first slice during the render', () => {
    const log = { steps: 0 };
    const start = () => busySteps(40, 1, log);
    expect(renderToStaticMarkup(<Probe start={start} />)).toBe('<p>pending</p>');
    expect(log.steps).toBeGreaterThan(0);
    expect(log.steps).toBeLessThan(40);
  });
});

/** Node runs message-port tasks back to back, before any timer; timers stand for the browser's other tasks. */
const nextTimer = (task: () => void) => {
  setTimeout(task, 0);
};

describe('runInSlices(steps, done)', () => {
  it('gives the steps’ value through its default scheduling (message-port tasks)', async () => {
    const log = { steps: 0 };
    await expect(new Promise((resolve) => runInSlices(busySteps(20, 1, log), resolve))).resolves.toBe(
      '20 steps',
    );
    expect(log.steps).toBe(20);
  });

  it('runs the steps over several tasks, letting other tasks run between them, and gives their value', async () => {
    const log = { steps: 0 };
    const stepsWhenOtherTaskRan: number[] = [];
    const value = await new Promise<string>((resolve) => {
      runInSlices(busySteps(40, 1, log), resolve, nextTimer);
      setTimeout(() => stepsWhenOtherTaskRan.push(log.steps), 0);
    });
    expect(value).toBe('40 steps');
    expect(log.steps).toBe(40);
    expect(stepsWhenOtherTaskRan).toHaveLength(1);
    expect(stepsWhenOtherTaskRan[0]).toBeLessThan(40);
  });

  it('runs no further step once stopped, and never calls done', async () => {
    const log = { steps: 0 };
    let called = false;
    const stop = runInSlices(
      busySteps(40, 1, log),
      () => {
        called = true;
      },
      nextTimer,
    );
    // Stopped from another task, between two slices (as a year switch drops the old year's computation).
    const stoppedAt = await new Promise<number>((resolve) =>
      setTimeout(() => {
        stop();
        resolve(log.steps);
      }, 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(log.steps).toBe(stoppedAt);
    expect(stoppedAt).toBeLessThan(40);
    expect(called).toBe(false);
  });
});
