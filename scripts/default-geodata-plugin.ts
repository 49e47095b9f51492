/**
 * Vite plugin: `import url from 'virtual:default-geodata'` gives the URL of
 * the app's default data, one file made from geodata/ by the app's own parser
 * (see src/data/geodata-bundle.ts).
 *
 * - build: parses geodata/ once and emits the result as a hashed asset; a file
 *   that does not parse stops the build with the parser's messages.
 * - dev server: serves the file at a fixed path and parses geodata/ on every
 *   request, so an edited file shows on reload (and its errors in the app).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { BUNDLE_FILE, BUNDLE_FORMAT, type GeodataBundle } from '../src/data/geodata-bundle.ts';
import { labelPointsOf } from '../src/data/geo/label-point.ts';
import { parseGeodata } from '../src/data/parse.ts';
import { readJsonFolder } from './lib/json-folder.ts';

const MODULE_ID = 'virtual:default-geodata';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PATH = `/@lishui/${BUNDLE_FILE}`;

/** geodata/ (the folder) as one bundle, or the reasons it cannot be one. */
export function bundleGeodataFolder(dir: string): GeodataBundle {
  const { files, unreadable } = readJsonFolder(dir);
  const parsed = parseGeodata(files);
  const errors = [
    ...unreadable.map(({ file, reason }) => `${file}: not valid JSON (${reason})`),
    ...(parsed.ok ? [] : parsed.error),
  ];
  if (errors.length > 0 || !parsed.ok) return { format: BUNDLE_FORMAT, errors };
  return { format: BUNDLE_FORMAT, data: parsed.data, labelPoints: labelPointsOf(parsed.data) };
}

/**
 * `inline`: the portable build's form, the data inside the bundle, handed to
 * the loader as a blob URL (a page opened from a file cannot fetch files).
 */
export function defaultGeodataPlugin(dir: string, { inline = false } = {}): Plugin {
  let serving = false;
  return {
    name: 'lishui:default-geodata',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      const bundle = bundleGeodataFolder(dir);
      if ('errors' in bundle) {
        this.error(`geodata/ does not parse:\n${bundle.errors.join('\n')}`);
      }
      if (inline) {
        const json = JSON.stringify(JSON.stringify(bundle));
        return `export default URL.createObjectURL(new Blob([${json}], { type: 'application/json' }));`;
      }
      const reference = this.emitFile({
        type: 'asset',
        name: BUNDLE_FILE,
        source: JSON.stringify(bundle),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(bundleGeodataFolder(dir)));
      });
    },
  };
}

export const GEODATA_DIR = path.resolve(import.meta.dirname, '..', 'geodata');
