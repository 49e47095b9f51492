/**
 * Loads the embedded default data. Vite emits each geodata/ file as a hashed
 * static asset (so it is cached and gzip-served, not inlined into the JS);
 * the app fetches them in parallel and parses them as untrusted input.
 */
import { err, ok, type Result } from '@/lib/result';
import { indexGeodata, type AppData } from './model';
import { parseGeodata } from './parse';

const assetUrls = import.meta.glob<string>(
  [
    '/geodata/boundaries/*.geojson',
    '/geodata/layers/*.geojson',
    '/geodata/records/*.json',
    '/geodata/sources.json',
    '/geodata/shizi-lianzhu.json',
  ],
  { query: '?url', import: 'default', eager: true },
);

/** Relative path inside geodata/ → URL of the emitted asset. */
export const GEODATA_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(assetUrls).map(([key, url]) => [key.replace(/^\/geodata\//, ''), url]),
);

async function fetchJson(file: string, url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
}

export async function loadDefaultData(): Promise<Result<AppData, string[]>> {
  try {
    const entries = await Promise.all(
      Object.entries(GEODATA_URLS).map(
        async ([file, url]) => [file, await fetchJson(file, url)] as const,
      ),
    );
    const parsed = parseGeodata(Object.fromEntries(entries));
    return parsed.ok ? ok(indexGeodata(parsed.data)) : parsed;
  } catch (error) {
    return err([error instanceof Error ? error.message : String(error)]);
  }
}
