import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.csv',
  '.svg',
  '.webmanifest',
  '.txt',
]);

export interface StaticServerOptions {
  /**
   * gzip (level 9) text when the browser asks for it, as nearly every real host does. The bench needs it:
   * Lighthouse simulates slow 4G from the bytes it sees on the wire.
   */
  gzip?: boolean;
}

/**
 * A plain static host, like the ones a district uses: files only, no rewrite rules, the site mounted in a
 * sub-folder (`/chitieu/`) to prove relative URLs. A folder URL serves its index.html.
 */
export async function serveStatic(
  root: string,
  mount = '/chitieu/',
  options: StaticServerOptions = {},
): Promise<{ url: string; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = path.join(root, pathname.slice(mount.length));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const ext = path.extname(file);
      let body: Buffer = await readFile(file);
      const headers: Record<string, string | number> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (options.gzip) {
        headers.Vary = 'Accept-Encoding';
        if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let gz = gzipped.get(file);
          if (!gz) {
            gz = gzipSync(body, { level: 9 });
            gzipped.set(file, gz);
          }
          body = gz;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = body.byteLength;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${mount}`, server };
}
