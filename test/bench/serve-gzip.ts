import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.webmanifest']);

/**
 * test/e2e/support/static-server.ts's static host (files only, mounted at `/chitieu/`, a folder serves its
 * index.html) plus what nearly every real host does: gzip (level 9) for text when the browser asks for it. Lighthouse
 * simulates slow 4G from the bytes it sees on the wire, so the bench must not send text uncompressed.
 */
export async function serveGzip(root: string, mount = '/chitieu/'): Promise<{ url: string; server: Server }> {
  const cache = new Map<string, Buffer>();
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
        Vary: 'Accept-Encoding',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let gz = cache.get(file);
        if (!gz) {
          gz = gzipSync(body, { level: 9 });
          cache.set(file, gz);
        }
        body = gz;
        headers['Content-Encoding'] = 'gzip';
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
