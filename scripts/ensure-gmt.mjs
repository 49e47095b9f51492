// Makes sure `npm run geodata` can build the rivers: GMT and the full-resolution
// GSHHG data (WDBII rivers). On Debian as root it installs Debian's `gmt` and
// `gmt-gshhg-full`; otherwise it fails with a message that says exactly what to
// install. Never skips silently: without them the river file cannot be rebuilt.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PACKAGES = ['gmt', 'gmt-gshhg-full'];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function fail(message) {
  console.error(`\n✖ The geodata build cannot run: ${message}\n`);
  process.exit(1);
}

/** True when `gmt coast` can read the full-resolution river database. */
function hasFullRivers() {
  // GMT writes a gmt.history file into its working directory: keep it out of the project.
  const cwd = mkdtempSync(path.join(tmpdir(), 'ensure-gmt-'));
  const result = spawnSync('gmt', ['coast', '-R119/120/28/29', '-Df', '-I1', '-M'], {
    encoding: 'utf8',
    cwd,
  });
  rmSync(cwd, { recursive: true, force: true });
  return result.error === undefined && result.status === 0;
}

if (!hasFullRivers()) {
  if (!isRoot || !hasApt) {
    fail(
      'GMT with the full-resolution GSHHG data is missing (`gmt coast -Df` fails). Install it with ' +
        `\`sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\` (Debian/Ubuntu), ` +
        'or install GMT 6 and GSHHG 2.3.7 (full resolution) another way so that `gmt coast -Df -I1 -M` works.',
    );
  }
  console.log(`Installing ${PACKAGES.join(', ')} with apt-get …`);
  try {
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    fail(`apt-get could not install ${PACKAGES.join(' ')}; install them by hand.`);
  }
  if (!hasFullRivers())
    fail(`\`gmt coast -Df\` still fails after installing ${PACKAGES.join(' ')}.`);
}
