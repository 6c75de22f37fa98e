import type { Source } from '../../domain/model';
import type { Parsed } from '../issues';
import { TableReader } from './table-reader';

const SPEC = {
  id: { required: true },
  title: { required: true },
  publisher: { required: true },
  url: {},
  seed_file: {},
  published_at: {},
  kind: { required: true },
  is_sample: {},
} as const;

const KINDS = ['report', 'sample', 'decision', 'other'] as const satisfies readonly Source['kind'][];

/** sources.csv → where each figure comes from. */
export function parseSources(rows: string[][], file: string): Parsed<Source> {
  const t = new TableReader(rows, file, SPEC);
  const sources: Source[] = [];
  const seen = new Map<string, number>();
  t.each(() => {
    const id = t.required('id');
    const title = t.required('title');
    const publisher = t.required('publisher');
    const kind = t.oneOf('kind', KINDS);
    if (!t.rowOk || !kind) return;
    const source: Source = { id, title, publisher, kind, isSample: t.boolean('is_sample') };
    const url = t.optional('url');
    if (url !== undefined) source.url = url;
    const seedFile = t.optional('seed_file');
    if (seedFile !== undefined) source.seedFile = seedFile;
    const publishedAt = t.date('published_at');
    if (publishedAt !== undefined) source.publishedAt = publishedAt;
    if (t.unique('id', seen, id)) sources.push(source);
  });
  return { rows: sources, issues: t.issues };
}
