// Where the longest main-thread task of a Chromium trace goes: the renderer's own work by kind (script, style,
// layout, paint, garbage collection) and, when a V8 CPU profile of the same moment is given, the JavaScript
// functions with the most self time. Printed by the dashboard bench so that a missed goal says why.

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, it does not grow when another process takes the core. */
  tdur?: number;
  args?: { name?: string };
}

/** A V8 CPU profile as CDP's `Profiler.stop` returns it (times in µs on the trace's clock). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface TaskBreakdown {
  /** Duration of the longest task, ms. */
  longest: number;
  /** Its thread (CPU) time, ms: with 4× throttling about a quarter of `longest` on a quiet machine. */
  cpu: number;
  /** Renderer work inside it by kind, ms, largest first. */
  kinds: [string, number][];
  /** JavaScript functions by self time inside it, ms, largest first (empty without a profile). */
  functions: [string, number][];
}

/** The name of the `performance.mark` that starts the measured window (see `breakdownOfLongestTask`). */
export const ACT_MARK = 'chitieu-bench-act';

/** Trace categories: the renderer's tasks and the user-timing mark. */
export const traceCategories = (): string[] => [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

const KIND_OF: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  ParseHTML: 'html',
};

const top = (m: Map<string, number>, n: number): [string, number][] =>
  [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

function mainThreadKeys(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Self time per function (ms) from the CPU profile's samples that fall in [from, to] (µs, trace clock). */
function functionSelfTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const names = new Map(
    profile.nodes.map(({ id, callFrame: { functionName, url, lineNumber } }) => [
      id,
      `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`,
    ]),
  );
  const times = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    const before = t;
    t += deltas[i] ?? 0;
    const name = names.get(id);
    if (t < from || t > to || name === undefined) return;
    times.set(name, (times.get(name) ?? 0) + (t - before) / 1000);
  });
  return times;
}

/**
 * The longest RunTask of the renderer's main thread and where its time goes. When the trace holds an `ACT_MARK`
 * mark, only tasks that start after it count (earlier ones belong to the trace's own start-up).
 */
export function breakdownOfLongestTask(traceJson: string, profile?: CpuProfile): TaskBreakdown {
  const { traceEvents: events } = JSON.parse(traceJson) as { traceEvents: TraceEvent[] };
  const main = mainThreadKeys(events);
  const onMain = (e: TraceEvent) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X';
  const mark = events.find((e) => e.name === ACT_MARK)?.ts ?? Number.NEGATIVE_INFINITY;
  let task: TraceEvent | undefined;
  for (const e of events)
    if (e.name === 'RunTask' && onMain(e) && e.ts > mark && (e.dur ?? 0) > (task?.dur ?? -1)) task = e;
  if (!task) return { longest: 0, cpu: 0, kinds: [], functions: [] };
  const from = task.ts;
  const to = task.ts + (task.dur ?? 0);
  // Outermost events of each kind only, so nested script inside script is not counted twice.
  const kinds = new Map<string, number>();
  const openUntil = new Map<string, number>();
  const inside = events
    .filter((e) => onMain(e) && e.ts >= from && e.ts <= to && KIND_OF[e.name] !== undefined)
    .sort((a, b) => a.ts - b.ts);
  for (const e of inside) {
    const kind = KIND_OF[e.name] ?? 'other';
    if (e.ts < (openUntil.get(kind) ?? -1)) continue;
    openUntil.set(kind, e.ts + (e.dur ?? 0));
    kinds.set(kind, (kinds.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return {
    longest: (task.dur ?? 0) / 1000,
    cpu: (task.tdur ?? 0) / 1000,
    kinds: top(kinds, 8),
    functions: profile ? top(functionSelfTimes(profile, from, to), 12) : [],
  };
}

/** Two lines for the bench's log. */
export function describeBreakdown(b: TaskBreakdown): string {
  const kinds = b.kinds.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  const fns = b.functions.map(([f, v]) => `${f} ${v.toFixed(1)}`).join('; ');
  return `    longest task ${b.longest.toFixed(0)} ms (thread time ${b.cpu.toFixed(0)} ms) = ${kinds || '?'} (ms; kinds overlap when forced)\n    self time: ${fns || 'not profiled (CHITIEU_BENCH_PROFILE=1)'}`;
}
