/**
 * The app's first bundle as source files: every module reachable from an
 * entry through static imports (type-only imports and dynamic `import()`
 * left out), for checks of what the first map view ships. Node only; paths
 * are relative to the repository root, with "/".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
/** `import … from '…'`, `export … from '…'` and `import '…'`; not `import type`, not `import(…)`. */
const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)[^'";]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.posix.join('src', specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null; // a package
  for (const suffix of SUFFIXES) {
    const file = base + suffix;
    if (/\.tsx?$/.test(file) && existsSync(file)) return file;
  }
  return null; // JSON, CSS and other assets
}

export function firstViewModules(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolveModule(file, match[1] ?? match[2] ?? '');
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/**
 * Message keys a source file names: as string literals, or as the fixed start
 * of a template (`basemap.${id}` names every key that starts "basemap.").
 */
export function messageKeysUsed(file: string, keys: readonly string[]): string[] {
  const source = readFileSync(file, 'utf8');
  const known = new Set(keys);
  const used = new Set<string>();
  for (const [, literal] of source.matchAll(/['"`]([a-z]+\.[A-Za-z0-9_.]+)['"`]/g)) {
    if (literal && known.has(literal)) used.add(literal);
  }
  for (const [, prefix] of source.matchAll(/`([a-z]+\.[A-Za-z0-9_.]*)\$\{/g)) {
    for (const key of keys) if (prefix && key.startsWith(prefix)) used.add(key);
  }
  return [...used].sort();
}
