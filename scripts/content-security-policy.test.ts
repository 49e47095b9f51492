import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAPS, basemapTiles } from '../src/data/basemap-catalog.ts';
import {
  contentSecurityPolicy,
  FRAME_ANCESTORS_ENV,
  policyDirectives,
  securityHeaders,
  tileOrigins,
} from './content-security-policy.ts';

/** The sources of one directive in a policy string, or null when it is absent. */
function sourcesOf(policy: string, directive: string): string[] | null {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === directive) return sources;
  }
  return null;
}

describe('content security policy', () => {
  const policy = contentSecurityPolicy();

  it('lets scripts come only from the app itself: no inline script, no eval, no other host', () => {
    expect(sourcesOf(policy, 'script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    expect(sourcesOf(policy, 'default-src')).toEqual(["'self'"]);
  });

  it('allows inline style attributes (echarts writes them) but no inline style sheet', () => {
    expect(sourcesOf(policy, 'style-src')).toEqual(["'self'"]);
    expect(sourcesOf(policy, 'style-src-elem')).toBeNull();
    expect(sourcesOf(policy, 'style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
  });

  it("lets workers start from the app's files and from blob: URLs (MapLibre's worker)", () => {
    expect(sourcesOf(policy, 'worker-src')).toEqual(["'self'", 'blob:']);
    expect(sourcesOf(policy, 'manifest-src')).toEqual(["'self'"]);
  });

  it('allows every host an online basemap draws tiles from, for fetching and for images', () => {
    const hosts = new Set<string>();
    for (const basemap of BASEMAPS) {
      const tiles = basemapTiles(basemap, 'en', 'key');
      for (const url of [...(tiles?.base ?? []), ...(tiles?.labels ?? [])])
        hosts.add(new URL(url).origin);
    }
    expect(hosts.size).toBeGreaterThan(1);
    for (const host of hosts) {
      expect(sourcesOf(policy, 'connect-src')).toContain(host);
      expect(sourcesOf(policy, 'img-src')).toContain(host);
    }
  });

  it('names hosts only, never a tile URL with a key in it', () => {
    expect(tileOrigins().every((origin) => new URL(origin).origin === origin)).toBe(true);
    expect(policy).not.toMatch(/tk=|\{z\}/);
  });

  it('forbids plugins and a foreign <base>, and writes each directive once', () => {
    expect(sourcesOf(policy, 'object-src')).toEqual(["'none'"]);
    expect(sourcesOf(policy, 'base-uri')).toEqual(["'self'"]);
    const names = policyDirectives().map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lets any site frame the app by default, or only the origins configured', () => {
    expect(sourcesOf(policy, 'frame-ancestors')).toEqual(['*']);
    const header = securityHeaders({
      [FRAME_ANCESTORS_ENV]: "'self' https://www.lishui.gov.cn",
    })['Content-Security-Policy'];
    expect(sourcesOf(header, 'frame-ancestors')).toEqual(["'self'", 'https://www.lishui.gov.cn']);
    expect(sourcesOf(securityHeaders({})['Content-Security-Policy'], 'frame-ancestors')).toEqual([
      '*',
    ]);
  });
});

describe('README deployment line', () => {
  it('is the policy the servers send', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`,
    );
  });
});
