import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every .json and .geojson file under `dir`, keyed by its path inside it
 * (with "/"), parsed. Files that are not valid JSON are listed with the reason.
 */
export function readJsonFolder(dir: string): {
  files: Record<string, unknown>;
  unreadable: Array<{ file: string; reason: string }>;
} {
  const files: Record<string, unknown> = {};
  const unreadable: Array<{ file: string; reason: string }> = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      if (!/\.(geo)?json$/.test(name)) continue;
      const file = path.relative(dir, full).split(path.sep).join('/');
      try {
        files[file] = JSON.parse(readFileSync(full, 'utf8')) as unknown;
      } catch (error) {
        unreadable.push({ file, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  walk(dir);
  return { files, unreadable };
}
