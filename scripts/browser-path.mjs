// Finds a Chromium for the browser tests: CHROMIUM_PATH, a Playwright
// browser cache, or the system's Chromium/Chrome. Returns null when none.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function playwrightCacheBrowsers() {
  const roots = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    path.join(homedir(), '.cache', 'ms-playwright'),
  ].filter(Boolean);
  const found = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root)
      .filter((name) => name.startsWith('chromium'))
      .sort()
      .reverse()) {
      for (const relative of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-headless-shell-linux64/chrome-headless-shell',
      ]) {
        found.push(path.join(root, entry, relative));
      }
    }
  }
  return found;
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  }
  return (
    [...playwrightCacheBrowsers(), ...SYSTEM_BROWSERS].find((candidate) => existsSync(candidate)) ??
    null
  );
}
