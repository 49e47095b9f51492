/**
 * Where the benchmark's synthetic data comes from: `?bench-data=<url>`
 * (repeatable) names same-origin GeoJSON files made by bench/generate-scale.ts.
 * Kept apart from the parser (bench-data.ts), which a page loads only when the
 * parameter is present, so production's first bundle carries only this check.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface BenchProperties {
  /** Always `synthetic-…`: never confused with a real record. */
  id: string;
  name: string;
  synthetic: true;
  countyCode?: string;
}

export interface BenchData {
  points: FeatureCollection<Point, BenchProperties>;
  polygons: FeatureCollection<Polygon | MultiPolygon, BenchProperties>;
}

export const BENCH_DATA_PARAMETER = 'bench-data';
const MAX_FILES = 4;

/**
 * The bench-data URLs in a query string: same origin only, path-like, at most
 * four; anything else is ignored. Empty when the parameter is absent.
 */
export function benchDataUrls(search: string, pageUrl: string): string[] {
  const values = new URLSearchParams(search).getAll(BENCH_DATA_PARAMETER);
  const urls: string[] = [];
  for (const value of values) {
    if (urls.length >= MAX_FILES) break;
    if (value.length > 300 || !/^[\w./-]+$/.test(value)) continue;
    try {
      const url = new URL(value, pageUrl);
      if (url.origin !== new URL(pageUrl).origin) continue;
      if (!/\.(geo)?json$/.test(url.pathname)) continue;
      urls.push(url.href);
    } catch {
      // Not a URL: ignored like any malformed parameter.
    }
  }
  return urls;
}

let pageUrls: string[] | null = null;

/**
 * This page's bench-data URLs, read once from the address the page opened
 * with: the URL sync later rewrites the query string without them.
 */
export function pageBenchDataUrls(): string[] {
  pageUrls ??=
    typeof window === 'undefined'
      ? []
      : benchDataUrls(window.location.search, window.location.href);
  return pageUrls;
}
