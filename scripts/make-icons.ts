/**
 * npm run icons [-- --check]
 *
 * Writes the web app manifest's icons (public/icons/*.png) from
 * public/favicon.svg. With --check it renders them in memory and fails when a
 * committed file differs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ICONS, renderIcon } from './lib/app-icons.ts';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '..', 'public');
const check = process.argv.includes('--check');
const favicon = readFileSync(path.join(PUBLIC_DIR, 'favicon.svg'), 'utf8');

let stale = 0;
for (const icon of APP_ICONS) {
  const file = path.join(PUBLIC_DIR, 'icons', icon.file);
  const png = renderIcon(favicon, icon);
  if (!check) {
    writeFileSync(file, png);
    continue;
  }
  if (!existsSync(file) || !readFileSync(file).equals(png)) {
    stale += 1;
    console.error(`public/icons/${icon.file}: differs from its rendering of favicon.svg`);
  }
}
if (stale > 0) process.exit(1);
console.log(
  check ? `${APP_ICONS.length} icons match favicon.svg` : `wrote ${APP_ICONS.length} icons`,
);
