/**
 * npm run validate
 *
 * Checks everything under geodata/ (GeoJSON structure and geometry, schemas,
 * references, citations against the seed documents, stated areas) and
 * prints a coverage summary. Exits 1 when there is any error.
 *
 * Seeds are read from ../shared/seeds relative to the repository, or from
 * SEEDS_DIR. Without them citation checks are skipped with a warning,
 * except under CI=true, where that is an error.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFolder } from './lib/json-folder.ts';
import { splitLines, type SeedLines } from '../src/data/validate/citation-rules.ts';
import { formatIssue, makeIssue, type Issue } from '../src/data/validate/issue.ts';
import { formatSummary } from '../src/data/validate/summary.ts';
import { validateGeodata, type ValidationReport } from '../src/data/validate/validate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Reads every JSON file under geodata/; unreadable ones become issues. */
export function readGeodataFiles(dir: string): { files: Record<string, unknown>; issues: Issue[] } {
  const { files, unreadable } = readJsonFolder(dir);
  return {
    files,
    issues: unreadable.map(({ file, reason }) =>
      makeIssue('json', { file }, undefined, `not valid JSON (${reason})`),
    ),
  };
}

/** Lines of every .txt file in the seeds folder, or null when the folder is absent. */
export function readSeeds(dir: string): SeedLines | null {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const seeds: Record<string, string[]> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
    seeds[name] = splitLines(readFileSync(path.join(dir, name), 'utf8'));
  }
  return seeds;
}

export function defaultSeedsDir(): string {
  return process.env.SEEDS_DIR
    ? path.resolve(process.env.SEEDS_DIR)
    : path.resolve(root, '../shared/seeds');
}

/** Validates a geodata folder with the seeds found in `seedsDir`. */
export function validateFolder(
  geodataDir: string,
  seedsDir: string,
  ci: boolean,
): ValidationReport {
  const { files, issues } = readGeodataFiles(geodataDir);
  const report = validateGeodata(files, {
    seeds: readSeeds(seedsDir),
    seedsDir: path.relative(root, seedsDir) || seedsDir,
    ci,
  });
  const all = [...issues, ...report.issues];
  return {
    issues: all,
    summary: {
      ...report.summary,
      errors: all.filter((issue) => issue.severity === 'error').length,
      warnings: all.filter((issue) => issue.severity === 'warning').length,
    },
  };
}

function main(): void {
  const report = validateFolder(
    path.join(root, 'geodata'),
    defaultSeedsDir(),
    process.env.CI === 'true',
  );
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const warnings = report.issues.filter((issue) => issue.severity === 'warning');
  for (const issue of warnings) console.warn(`warning [${issue.rule}] ${formatIssue(issue)}`);
  for (const issue of errors) console.error(`error [${issue.rule}] ${formatIssue(issue)}`);
  if (report.issues.length > 0) console.log('');
  for (const line of formatSummary(report.summary)) console.log(line);
  process.exit(errors.length > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
