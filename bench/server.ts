/**
 * A tiny static server for the benchmark, like a production host: gzip for
 * text (so transferred bytes are realistic), long cache headers for hashed
 * assets. Serves the app (dist/) at /, the floor at /floor/ and the synthetic
 * scale data at /bench-data/. Localhost only. The app's pages carry its
 * Content-Security-Policy, as a deployment's would.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from '../scripts/content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export interface Mounts {
  app: string;
  floor: string;
  benchData: string;
}

export function gzipSize(buffer: Buffer): number {
  return gzipSync(buffer).length;
}

export function startServer(mounts: Mounts): Promise<{ server: Server; origin: string }> {
  const gzipped = new Map<string, Buffer>();
  const resolveFile = (urlPath: string): string | null => {
    const [root, rest] = urlPath.startsWith('/floor/')
      ? [mounts.floor, urlPath.slice('/floor/'.length)]
      : urlPath.startsWith('/bench-data/')
        ? [mounts.benchData, urlPath.slice('/bench-data/'.length)]
        : [mounts.app, urlPath.slice(1)];
    const file = path.resolve(root, decodeURIComponent(rest) || 'index.html');
    if (!file.startsWith(path.resolve(root))) return null;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // Falls through to the page (single-page app routes).
    }
    return path.extname(file) === '' ? path.join(root, 'index.html') : null;
  };
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(urlPath);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const extension = path.extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': extension === '.html' ? 'no-cache' : 'public, max-age=31536000',
      ...(extension === '.html' && !urlPath.startsWith('/floor/')
        ? securityHeaders(process.env)
        : {}),
    };
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      let compressed = gzipped.get(file);
      if (!compressed) {
        compressed = gzipSync(body);
        gzipped.set(file, compressed);
      }
      body = compressed;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://localhost:${port}` });
    });
  });
}
