import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/** Port of the extra static server some journeys start (E2E_STATIC_PORT overrides it for parallel runs). */
export const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 4381);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  /** The address of the folder's root, ending in a slash. */
  readonly url: string;
  /** Every path asked for that is not in the folder, or outside the prefix. */
  readonly notFound: string[];
  close(): Promise<void>;
}

/**
 * Serves `folder` under `prefix` (e.g. "/some/sub/path/") on localhost, as a
 * plain intranet web server would: files only, no rewrites, 404 for the rest.
 */
export async function serveFolder(
  folder: string,
  prefix: string,
  port = STATIC_PORT,
): Promise<StaticSite> {
  const root = path.resolve(folder);
  const notFound: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
    const file = inside === null ? null : path.join(root, inside === '' ? 'index.html' : inside);
    const exists =
      file !== null && file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!file || !exists) {
      notFound.push(pathname);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    notFound,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
