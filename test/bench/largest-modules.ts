import path from 'node:path';
import type { Rolldown } from 'vite';
import { productionBuild } from './build-site.ts';
import { gzipSize } from './gzip-size.ts';

export interface ModuleSize {
  /** Module id relative to the project (`node_modules/recharts/…`, `src/views/…`). */
  id: string;
  chunk: string;
  /** Bytes of the module in its minified chunk, and those bytes gzipped alone (an upper bound of its share). */
  bytes: number;
  gzip: number;
}

/**
 * Builds the site for production in memory (nothing written) and lists the modules of the chunks named in `chunkFiles`
 * (e.g. `assets/dashboard-abc123.js`, as a page loaded them), largest first. Chunk hashes are deterministic, so
 * the names match those of another build of the same tree; when none matches, every chunk is listed.
 */
export async function largestModules(
  root: string,
  chunkFiles: readonly string[],
  top = 12,
): Promise<ModuleSize[]> {
  const result = await productionBuild({ root, logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs
    .flatMap((o) => o.output)
    .filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const wanted = new Set(chunkFiles.map((file) => path.posix.basename(file)));
  const picked = chunks.some((c) => wanted.has(path.posix.basename(c.fileName)))
    ? chunks.filter((c) => wanted.has(path.posix.basename(c.fileName)))
    : chunks;
  const sizes: ModuleSize[] = [];
  for (const chunk of picked) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      if (info.renderedLength === 0) continue;
      sizes.push({
        id: path.relative(root, id.replace(/^\0/, '')) || id,
        chunk: chunk.fileName,
        bytes: info.renderedLength,
        gzip: info.code ? gzipSize(info.code) : 0,
      });
    }
  }
  return sizes.sort((a, b) => b.bytes - a.bytes).slice(0, top);
}
