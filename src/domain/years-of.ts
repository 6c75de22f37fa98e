import type { Dataset } from './model';

/** The years that have at least one result row (any unit), ascending, each once. */
export function yearsOf(dataset: Dataset): number[] {
  return [...new Set(dataset.results.map((r) => r.year))].sort((a, b) => a - b);
}
