/** One line of the bench table: a figure beside its baseline from the same run, their ratio and the goal. */
export interface BenchRow {
  section: string;
  what: string;
  value: string;
  baselineName: string;
  baseline: string;
  /** ratio as printed (e.g. `0.74×`), or '—'. */
  ratio: string;
  /** The goal in words (`≥ 0.70×`), or '—' when the issue sets none. */
  goal: string;
  /** true met, false missed, undefined no goal or not measured. */
  met?: boolean;
}

export const ms = (value: number): string => {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
};
export const ratio = (value: number): string => {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value < 0.1 ? value.toPrecision(2) : value.toFixed(2)}×`;
};
/** The row of a section that failed: its name and the error's message, no figure. */
export function failedRow(section: string, error: unknown): BenchRow {
  return {
    section,
    what: `${section} (failed: ${String((error as Error).message ?? error).slice(0, 120)})`,
    value: 'n/a',
    baselineName: '—',
    baseline: 'n/a',
    ratio: 'n/a',
    goal: '—',
  };
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The table as GitHub Markdown, so that it can be pasted into docs/performance.md as printed. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const head = '| section | figure | value | baseline (same run) | baseline | ratio | goal | met |';
  const rule = '|---|---|--:|---|--:|--:|---|:-:|';
  const lines = rows.map(
    (r) =>
      `| ${r.section} | ${r.what} | ${r.value} | ${r.baselineName} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${
        r.met === undefined ? '—' : r.met ? '✓' : '✗'
      } |`,
  );
  return [head, rule, ...lines].join('\n');
}
