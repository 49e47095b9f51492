/**
 * Runs every rule over the geodata files (path inside geodata/ → parsed
 * JSON) and returns the issues and a coverage summary. Pure: the CLI
 * (scripts/validate.ts) reads the files and the seeds and prints.
 *
 * To add rules for a new kind of file (e.g. tours/*.json), give it an entry
 * in FILE_KINDS with its rules.
 */
import type { Geometry } from 'geojson';
import { SHIZI_FILE, SOURCES_FILE } from '../parse';
import type { FeatureProperties } from '../schema';
import { checkStatedArea, type AreaRegion } from './area-rules';
import { checkChainCitations, checkChains } from './chain-rules';
import { checkCitations, type SeedLines } from './citation-rules';
import { checkGeometry } from './geometry-rules';
import { featureLabel, makeIssue, type Issue } from './issue';
import {
  CITY_CODE,
  isLayerFile,
  isRecordFile,
  locateGeodata,
  type LocatedGeodata,
} from './located';
import { checkParents } from './parent-rules';
import { checkPlaceCounties } from './place-rules';
import { checkPlacement } from './placement-rules';
import { checkRiverFile } from './river-rules';
import { RIVERS_FILE } from '../rivers';
import { checkRecordRules } from './reference-rules';
import { checkSchemas } from './schema-rules';
import { checkTourFile } from './tour-rules';
import { TOUR_FILE } from '../tour-schema';
import { checkGeojsonStructure, isStructurallyValidGeometry } from './structure-rules';
import { summarise, type CoverageSummary } from './summary';
import { isRecord } from '@/lib/is-record';

export interface ValidationOptions {
  /** Lines of each seed document, or null when the seeds folder is absent. */
  seeds: SeedLines | null;
  /** Where the seeds were looked for (for messages). */
  seedsDir: string;
  /** Under CI a missing seeds folder is an error, not a warning. */
  ci: boolean;
}

export interface ValidationReport {
  issues: Issue[];
  summary: CoverageSummary;
}

type FileRule = (file: string, value: unknown, geodata: LocatedGeodata) => Issue[];

interface FileKind {
  kind: string;
  matches: (file: string) => boolean;
  rules: FileRule[];
}

/** Coordinate ranges, closed rings, winding and self-intersections: all errors. */
const geometryRule: FileRule = (file, value) => {
  const issues: Issue[] = [];
  const features = isRecord(value) && Array.isArray(value.features) ? value.features : [];
  features.forEach((feature: unknown, index) => {
    if (
      !isRecord(feature) ||
      feature.geometry === null ||
      !isStructurallyValidGeometry(feature.geometry)
    )
      return;
    const properties = feature.properties;
    const where = featureLabel(index, isRecord(properties) ? properties.id : undefined);
    for (const problem of checkGeometry(feature.geometry as unknown as Geometry)) {
      issues.push(makeIssue(problem.rule, { file, where }, problem.field, problem.message));
    }
  });
  return issues;
};

const structureRule: FileRule = (file, value) => checkGeojsonStructure(file, value);

export const FILE_KINDS: FileKind[] = [
  {
    kind: 'rivers',
    matches: (file) => file === RIVERS_FILE,
    rules: [structureRule, geometryRule, checkRiverFile],
  },
  {
    kind: 'boundary',
    matches: (file) => /^boundaries\/[^/]+\.geojson$/.test(file),
    rules: [structureRule, geometryRule],
  },
  { kind: 'layer', matches: isLayerFile, rules: [structureRule, geometryRule] },
  { kind: 'records', matches: isRecordFile, rules: [] },
  { kind: 'sources', matches: (file) => file === SOURCES_FILE, rules: [] },
  { kind: 'shizi', matches: (file) => file === SHIZI_FILE, rules: [] },
  { kind: 'tour', matches: (file) => TOUR_FILE.test(file), rules: [checkTourFile] },
];

/** Where a feature's stated size is counted: its county, or Lishui for city-wide features; none for enclaves. */
function areaRegion(properties: FeatureProperties, geodata: LocatedGeodata): AreaRegion | null {
  if (properties.system === 'enclave') return null;
  const code = properties.countyCode;
  const county = geodata.counties.get(code) ?? geodata.neighbours.get(code);
  if (county) return { geometry: county.geometry, name: `${county.properties.name} (${code})` };
  if (code === CITY_CODE && geodata.outline)
    return { geometry: geodata.outline.geometry, name: `Lishui (${code})` };
  return null;
}

/** Rules that look across files, over the located records. */
function crossFileRules(geodata: LocatedGeodata, options: ValidationOptions): Issue[] {
  const issues: Issue[] = [];
  const places = geodata.places.map((place) => place.value);
  const context = {
    outline: geodata.outline,
    counties: geodata.counties,
    neighbours: geodata.neighbours,
    places,
  };
  for (const feature of geodata.features) {
    issues.push(...checkPlacement(feature, feature.value, feature.geometry, context));
    issues.push(
      ...checkStatedArea(
        feature,
        feature.value,
        feature.geometry,
        areaRegion(feature.value, geodata),
      ),
    );
  }
  issues.push(...checkParents(geodata));
  issues.push(...checkPlaceCounties(geodata));
  issues.push(...checkRecordRules(geodata));
  issues.push(...checkChains(geodata));
  if (options.seeds) {
    issues.push(...checkCitations(geodata, options.seeds));
    issues.push(...checkChainCitations(geodata, options.seeds));
  } else {
    issues.push(
      makeIssue(
        'seeds-missing',
        { file: options.seedsDir },
        undefined,
        options.ci
          ? 'seeds folder not found; citations cannot be checked, and under CI=true that is an error (set SEEDS_DIR)'
          : 'seeds folder not found; citation checks skipped (set SEEDS_DIR to check them)',
        options.ci ? 'error' : 'warning',
      ),
    );
  }
  return issues;
}

export function validateGeodata(
  files: Record<string, unknown>,
  options: ValidationOptions,
): ValidationReport {
  const geodata = locateGeodata(files);
  const issues: Issue[] = [];
  for (const file of Object.keys(files).sort()) {
    const kind = FILE_KINDS.find((candidate) => candidate.matches(file));
    if (!kind) {
      issues.push(
        makeIssue(
          'unknown-file',
          { file },
          undefined,
          'not a known geodata file; expected boundaries/*.geojson, layers/*.geojson, records/*.json, tours/*.json, sources.json or shizi-lianzhu.json',
          'warning',
        ),
      );
      continue;
    }
    for (const rule of kind.rules) issues.push(...rule(file, files[file], geodata));
  }
  issues.push(...checkSchemas(files));
  issues.push(...crossFileRules(geodata, options));
  return { issues, summary: summarise(geodata, issues) };
}
