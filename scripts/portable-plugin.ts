/**
 * Vite plugin for `npm run portable` (vite build --mode portable), used with
 * vite-plugin-singlefile: the one-file briefing, opened from file:// with no
 * server. A page from a file cannot load module workers or fetch files next
 * to it, so everything it needs goes inside the HTML:
 *
 * - workers: `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`
 *   becomes Vite's inline worker (`?worker&inline`, started from a blob URL);
 * - the favicon becomes a data URL, the links only an installed app needs go;
 * - the build fails if it would write anything but the one HTML file.
 *
 * (The default data is made a blob URL by defaultGeodataPlugin's `inline` option;
 * other imported assets are inlined by vite-plugin-singlefile's recommended config.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The module-worker form the app uses (see src/features/search/search-client.ts). */
const MODULE_WORKER =
  /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,\s*\{\s*type:\s*['"]module['"]\s*,?\s*\}\s*\)/g;

/** `source` with each module worker started from an inlined copy of its bundle instead of a file. */
export function inlineModuleWorkers(source: string): string {
  const imports: string[] = [];
  const rewritten = source.replace(MODULE_WORKER, (_match, _quote: string, specifier: string) => {
    const name = `PortableWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${specifier}?worker&inline`)};`);
    return `new ${name}()`;
  });
  return imports.length === 0 ? source : `${imports.join('\n')}\n${rewritten}`;
}

/**
 * The worker rewrite alone, for Vite's worker builds (`worker.plugins`): a
 * worker that starts its own worker (the import worker starts the workbook
 * worker) is bundled apart from the page, without the page's plugins.
 */
export function portableWorkerInliner(): Plugin {
  return {
    name: 'lishui:portable-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || id.includes('/node_modules/')) return undefined;
      if (!code.includes('new Worker(')) return undefined;
      const rewritten = inlineModuleWorkers(code);
      return rewritten === code ? undefined : { code: rewritten, map: null };
    },
  };
}

export function portablePlugin({
  publicDir,
  fileName,
}: {
  publicDir: string;
  fileName: string;
}): Plugin[] {
  const inliner: Plugin = {
    ...portableWorkerInliner(),
    name: 'lishui:portable',
    transformIndexHtml(html) {
      const favicon = readFileSync(path.join(publicDir, 'favicon.svg'));
      return html
        .replace(
          /href="\.\/favicon\.svg"/,
          `href="data:image/svg+xml;base64,${favicon.toString('base64')}"`,
        )
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '');
    },
  };
  // After vite-plugin-singlefile has inlined and removed the scripts and styles (list it after that plugin).
  const oneFileCheck: Plugin = {
    name: 'lishui:portable-one-file',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const others = Object.keys(bundle).filter((name) => name !== fileName);
        if (others.length > 0) {
          this.error(
            `the portable build must be one file (${fileName}); it also has: ${others.join(', ')}`,
          );
        }
      },
    },
  };
  return [inliner, oneFileCheck];
}
