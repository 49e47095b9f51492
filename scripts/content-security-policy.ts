/**
 * The Content-Security-Policy of the built app: one module that the preview
 * server (vite.config.ts, so `npm start` and the e2e journeys), the benchmark
 * server (bench/server.ts) and the README's deployment line all follow.
 *
 * The online tile hosts come from src/data/basemap-catalog.ts, the list the
 * map draws its basemaps from, so a new basemap cannot be forgotten here.
 */
import { BASEMAPS, basemapTiles } from '../src/data/basemap-catalog.ts';

/** Origins (scheme://host) of every online basemap's tiles, sorted, each once. */
export function tileOrigins(): string[] {
  const origins = new Set<string>();
  for (const basemap of BASEMAPS) {
    for (const language of ['zh', 'en'] as const) {
      // Any token gives the same hosts; the policy must not carry a real key.
      const tiles = basemapTiles(basemap, language, 'token');
      for (const url of [...(tiles?.base ?? []), ...(tiles?.labels ?? [])])
        origins.add(new URL(url).origin);
    }
  }
  return [...origins].sort();
}

export interface PolicyOptions {
  /**
   * Who may show the app in a frame (`frame-ancestors`): `*` (the default, so
   * department websites can embed it), `'self'`, `'none'` or a list of origins.
   */
  frameAncestors?: string;
}

/** Environment variable that overrides `frame-ancestors` for the preview and bench servers. */
export const FRAME_ANCESTORS_ENV = 'CSP_FRAME_ANCESTORS';

/** The policy as directive → sources, in the order it is written. */
export function policyDirectives(options: PolicyOptions = {}): [string, string[]][] {
  const tiles = tileOrigins();
  return [
    ['default-src', ["'self'"]],
    // Only the app's own bundles: no inline script, no eval (zod runs jitless, see src/lib/zod.ts).
    ['script-src', ["'self'"]],
    // MapLibre starts its worker from a blob: URL; the import, search and service workers are own files.
    ['worker-src', ["'self'", 'blob:']],
    // Style sheets only from the app's own CSS files. React and MapLibre set styles through the
    // CSSOM, which CSP does not police, but echarts writes style attributes (its SVG renderer
    // and the tooltip's markup), so attributes alone may be inline: no injected <style>.
    ['style-src', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
    // Tiles are fetched (connect) and decoded as images; QR codes and echarts exports are data: URLs.
    ['img-src', ["'self'", 'data:', 'blob:', ...tiles]],
    ['connect-src', ["'self'", ...tiles]],
    ['font-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', (options.frameAncestors ?? '*').trim().split(/\s+/)],
  ];
}

/** The policy as one header value. */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  return policyDirectives(options)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** Headers for a server of the built app, `frame-ancestors` from CSP_FRAME_ANCESTORS when set. */
export function securityHeaders(env: Record<string, string | undefined>): {
  'Content-Security-Policy': string;
} {
  const frameAncestors = env[FRAME_ANCESTORS_ENV];
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors ? { frameAncestors } : {}),
  };
}
