// Makes sure the browser tests can run: a Chromium and CJK fonts. On Debian
// as root it installs Debian's chromium and fonts-noto-cjk; otherwise it fails
// with a message that says exactly what to install. Never skips silently.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function fail(message) {
  console.error(`\n✖ Browser tests cannot run: ${message}\n`);
  process.exit(1);
}

function hasPdftoppm() {
  return spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error === undefined;
}

const needBrowser = !findChromium();
const needFonts = !hasCjkFont();
// The dossier journey rasterises printed PDFs with pdftoppm / pdfinfo (Debian poppler-utils).
const needPoppler = !hasPdftoppm();
if (needBrowser || needFonts || needPoppler) {
  const packages = [
    needBrowser ? 'chromium' : null,
    needFonts ? 'fonts-noto-cjk' : null,
    needPoppler ? 'poppler-utils' : null,
  ].filter(Boolean);
  if (!isRoot || !hasApt) {
    fail(
      `missing ${packages.join(' and ')}. Install it with \`sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\` ` +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary and install a Chinese font (e.g. Noto Sans CJK SC).',
    );
  }
  console.log(`Installing ${packages.join(', ')} with apt-get …`);
  try {
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    fail(
      `apt-get could not install ${packages.join(' ')}; install them by hand or set CHROMIUM_PATH.`,
    );
  }
}
const browser = findChromium();
if (!browser)
  fail('no Chromium found after installing; set CHROMIUM_PATH to a Chromium/Chrome binary.');
if (!hasCjkFont()) fail('no Chinese font found; install fonts-noto-cjk.');
if (!hasPdftoppm()) fail('pdftoppm not found; install poppler-utils.');
console.log(`Browser tests use ${browser}`);
