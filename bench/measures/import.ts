/**
 * Import at the limits: the largest files the planner's import accepts
 * (src/data/planner/import-problem.ts) — a GeoJSON at the feature limit, one
 * at the vertex limit, a CSV at the row limit and a zipped Gauss–Krüger
 * Shapefile near the file-size limit — chosen through the planner's file input
 * in the built app and timed by the app's own User Timing (`lishui:import`:
 * file chosen → parsed and checked in the worker → stored → listed and
 * painted; `lishui:import:worker` and `lishui:import:stored` for the worker's
 * part and the IndexedDB write).
 *
 * The floor is what no import can avoid: decoding and JSON.parse of the same
 * features as GeoJSON, on the main thread of the same page, in the same run.
 * The budget is a ratio to it, never milliseconds. `--smoke` imports files a
 * tenth the size, once each.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Feature, FeatureCollection } from 'geojson';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
import { MAX_FEATURES, MAX_FILE_BYTES, MAX_VERTICES } from '../../src/data/planner/import-problem';
import { seededRandom } from '../../src/lib/seeded-random';
import { writeDbf, writeShp, type ShapeRecord } from '../../tests/fixtures/shapefile-writer';
import { revealHeaderTools } from '../../tests/e2e/pages/header-tools';
import { newContext, waitForReady } from '../browser';
import { log, ms, round } from '../format';
import { SCALE_DIR } from '../generate-scale';
import { median } from '../stats';

/** Import total ÷ floor (JSON.parse of the same features) that the median may reach. */
export const IMPORT_RATIO_BUDGET = 40;

const IMPORT_DIR = path.join(SCALE_DIR, 'import');
/** The 3-degree Gauss–Krüger zone on 120°E (CGCS2000), the one over Lishui. */
const GK_120E =
  '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const GK_120E_PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

export interface ImportCase {
  id: string;
  label: string;
  /** The file chosen in the file input. */
  file: string;
  /** The same features as GeoJSON, for the floor. */
  floorFile: string;
  features: number;
  vertices: number;
}

/** One case's timings (ms) over the runs; `refused` holds the app's message when it said no. */
export interface ImportRow extends ImportCase {
  bytes: number;
  totalMs: number[];
  workerMs: number[];
  /** From the worker's answer to the layer written to IndexedDB. */
  storeMs: number[];
  floorMs: number[];
  refused: string | null;
  /** From choosing the file to the refusal on screen, timed from outside the app. */
  refusedAfterMs: number | null;
}

type Position = [number, number];

/** A position inside the Lishui box (119.2–120.4°E, 27.7–28.6°N). */
const lishuiPosition = (random: () => number): Position => [
  119.2 + random() * 1.2,
  27.7 + random() * 0.9,
];

/** A simple ring of `count` positions (the last repeats the first) around `centre`. */
function ring(centre: Position, radiusDegrees: number, count: number): Position[] {
  const positions = Array.from({ length: count - 1 }, (_, index): Position => {
    const angle = (2 * Math.PI * index) / (count - 1);
    return [
      centre[0] + radiusDegrees * Math.cos(angle),
      centre[1] + radiusDegrees * Math.sin(angle),
    ];
  });
  return [...positions, positions[0]!];
}

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const writeJson = (file: string, value: unknown) =>
  writeFileSync(path.join(IMPORT_DIR, file), JSON.stringify(value));

/** Random printable ASCII of `length` bytes, as incompressible as attribute text gets. */
function noise(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = 0x21 + Math.floor(random() * 94);
  return bytes;
}

/** The cases at `scale` (1 = at the limits, 0.1 for --smoke), written to bench/.scale/import/ once. */
export function ensureImportData(scale: number): ImportCase[] {
  mkdirSync(IMPORT_DIR, { recursive: true });
  const suffix = scale === 1 ? '' : `-${scale}`;
  const features = Math.round(MAX_FEATURES * scale);
  const vertices = Math.round(MAX_VERTICES * scale);
  const polygonSize = 1000;
  const shapeVertices = 10;
  const cases: ImportCase[] = [
    {
      id: 'geojson-features',
      label: `GeoJSON, ${features.toLocaleString('en')} points (feature limit)`,
      file: `points${suffix}.geojson`,
      floorFile: `points${suffix}.geojson`,
      features,
      vertices: features,
    },
    {
      id: 'geojson-vertices',
      label: `GeoJSON, ${(vertices / polygonSize).toLocaleString('en')} polygons × ${polygonSize} vertices (vertex limit)`,
      file: `rings${suffix}.geojson`,
      floorFile: `rings${suffix}.geojson`,
      features: vertices / polygonSize,
      vertices,
    },
    {
      id: 'csv-rows',
      label: `CSV, ${features.toLocaleString('en')} rows (row limit)`,
      file: `firms${suffix}.csv`,
      floorFile: `firms${suffix}.geojson`,
      features,
      vertices: features,
    },
    {
      id: 'shapefile-size',
      label: `zipped Shapefile, Gauss–Krüger 120°E, ${features.toLocaleString('en')} parcels × ${shapeVertices} vertices`,
      file: `parcels${suffix}.zip`,
      floorFile: `parcels${suffix}.geojson`,
      features,
      vertices: features * shapeVertices,
    },
  ];
  if (cases.every((item) => existsSync(path.join(IMPORT_DIR, item.file)))) return cases;

  const random = seededRandom(21);
  const named = (index: number, geometry: Feature['geometry']): Feature => ({
    type: 'Feature',
    properties: { name: `合成企业 ${index + 1}`, synthetic: true },
    geometry,
  });

  const points = Array.from({ length: features }, () => lishuiPosition(random));
  writeJson(
    cases[0]!.file,
    collection(
      points.map((position, index) => named(index, { type: 'Point', coordinates: position })),
    ),
  );

  writeJson(
    cases[1]!.file,
    collection(
      Array.from({ length: vertices / polygonSize }, (_, index) =>
        named(index, {
          type: 'Polygon',
          coordinates: [ring(lishuiPosition(random), 0.004, polygonSize)],
        }),
      ),
    ),
  );

  const rows = points.map(
    ([lng, lat], index) =>
      `合成企业 ${index + 1},${lng.toFixed(6)},${lat.toFixed(6)},丽水市合成路${index + 1}号`,
  );
  writeFileSync(
    path.join(IMPORT_DIR, cases[2]!.file),
    `名称,经度,纬度,地址\r\n${rows.join('\r\n')}\r\n`,
  );
  writeJson(
    cases[2]!.floorFile,
    collection(
      points.map((position, index) => named(index, { type: 'Point', coordinates: position })),
    ),
  );

  // Parcels drawn in degrees, stored in the zone as the bureau's files are; attribute text
  // that hardly compresses brings the archive near the file-size limit.
  const parcels = points.map((position) => ring(position, 0.0008, shapeVertices));
  const toZone = (position: Position) => proj4('EPSG:4326', GK_120E, position) as Position;
  const records: ShapeRecord[] = parcels.map((parcel) => ({
    type: 'polygon',
    rings: [parcel.map(toZone)],
  }));
  const { shp, shx } = writeShp(records);
  const fieldCount = 5;
  const fields = [
    { name: 'NAME', length: 40 },
    ...Array.from({ length: fieldCount }, (_, index) => ({
      name: `NOTE${index + 1}`,
      length: 250,
    })),
  ];
  // Sized so the archive lands a little under MAX_FILE_BYTES at full scale.
  const noteBytes = Math.floor(((MAX_FILE_BYTES * 0.9) / features - 200) / fieldCount / 0.84);
  const encoder = new TextEncoder();
  const dbf = writeDbf(
    fields,
    parcels.map((_, index) => [
      encoder.encode(`parcel ${index + 1}`),
      ...fields.slice(1).map(() => noise(random, Math.min(250, noteBytes))),
    ]),
  );
  writeFileSync(
    path.join(IMPORT_DIR, cases[3]!.file),
    zipSync({
      'parcels.shp': shp,
      'parcels.shx': shx,
      'parcels.dbf': dbf,
      'parcels.prj': encoder.encode(GK_120E_PRJ),
    }),
  );
  writeJson(
    cases[3]!.floorFile,
    collection(
      parcels.map((parcel, index) => named(index, { type: 'Polygon', coordinates: [parcel] })),
    ),
  );
  return cases;
}

/** Decoding and JSON.parse of the floor file on the page's main thread, in ms. */
async function floorParse(page: Page, file: string): Promise<number> {
  return page.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const started = performance.now();
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { features: unknown[] };
    const elapsed = performance.now() - started;
    if (parsed.features.length === 0) throw new Error('empty floor file');
    return elapsed;
  }, `/bench-data/import/${file}`);
}

/** One import's timings (ms), or the app's refusal; and the floor parse on the same page. */
type ImportRun =
  | { totalMs: number; workerMs: number; storedMs: number; floorMs: number }
  | { refused: string; refusedAfterMs: number; floorMs: number };

/** Chooses the file in the planner's input of a freshly loaded app; the app's timings, or its refusal. */
async function importOnce(browser: Browser, origin: string, item: ImportCase): Promise<ImportRun> {
  const { context } = await newContext(browser, { guard: 'observe' });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await waitForReady(page, 120_000);
    await revealHeaderTools(page);
    await page.getByTestId('planner-open').click();
    const chosenAt = await page.evaluate(() => performance.now());
    await page.getByTestId('import-input').setInputFiles(path.join(IMPORT_DIR, item.file));
    const outcome = await page.waitForFunction(
      () => {
        const problems = document.querySelector('[data-testid="import-problems"]');
        if (problems) return { refused: problems.textContent ?? 'refused', at: performance.now() };
        const [total] = performance.getEntriesByName('lishui:import', 'measure');
        const [worker] = performance.getEntriesByName('lishui:import:worker', 'measure');
        const [stored] = performance.getEntriesByName('lishui:import:stored', 'measure');
        return total && worker && stored
          ? { totalMs: total.duration, workerMs: worker.duration, storedMs: stored.duration }
          : null;
      },
      null,
      { timeout: 120_000, polling: 50 },
    );
    const result = (await outcome.jsonValue()) as
      { refused: string; at: number } | { totalMs: number; workerMs: number; storedMs: number };
    const floorMs = await floorParse(page, item.floorFile);
    if ('refused' in result)
      return { refused: result.refused, refusedAfterMs: result.at - chosenAt, floorMs };
    return { ...result, floorMs };
  } finally {
    await context.close();
  }
}

/** Every case, `runs` times each, each run in a new browser context (empty storage). */
export async function measureImports(
  browser: Browser,
  origin: string,
  options: { runs: number; isSmoke: boolean },
): Promise<ImportRow[]> {
  const cases = ensureImportData(options.isSmoke ? 0.1 : 1);
  const rows: ImportRow[] = [];
  for (const item of cases) {
    const row: ImportRow = {
      ...item,
      bytes: statSync(path.join(IMPORT_DIR, item.file)).size,
      totalMs: [],
      workerMs: [],
      storeMs: [],
      floorMs: [],
      refused: null,
      refusedAfterMs: null,
    };
    log(`  import: ${item.label}, ${round(row.bytes / 1024 / 1024, 1)} MB …`);
    for (let run = 0; run < options.runs && row.refused === null; run += 1) {
      const result = await importOnce(browser, origin, item);
      row.floorMs.push(result.floorMs);
      if ('refused' in result) {
        row.refused = result.refused.trim().slice(0, 160);
        row.refusedAfterMs = result.refusedAfterMs;
      } else {
        row.totalMs.push(result.totalMs);
        row.workerMs.push(result.workerMs);
        row.storeMs.push(result.storedMs - result.workerMs);
      }
    }
    rows.push(row);
  }
  return rows;
}

/** Median import total ÷ median floor parse. */
export const importRatio = (row: ImportRow) => median(row.totalMs) / median(row.floorMs);

/** Table rows (measure, value, budget, status) for the report. */
export function importTableRows(
  rows: readonly ImportRow[],
  verdict: (isMet: boolean) => string,
): string[][] {
  return rows.flatMap((row) => {
    const title = `import: ${row.label}, ${round(row.bytes / 1024 / 1024, 1)} MB`;
    // Accepted at the limits is the promise (issue 21, point 4): a refusal misses the budget.
    if (row.refused !== null)
      return [
        [
          title,
          `refused after ${ms(row.refusedAfterMs ?? Number.NaN)}: ${row.refused}`,
          'accepted',
          verdict(false),
        ],
      ];
    const total = median(row.totalMs);
    const ratio = importRatio(row);
    const perVertices =
      row.vertices > row.features
        ? ` · ${ms(total / (row.vertices / 100_000))} per 100k vertices`
        : '';
    return [
      [
        `${title} (median, n=${row.totalMs.length})`,
        `${ms(total)} · ${ms(total / (row.features / 1000))} per 1000 features${perVertices}`,
        '',
        '',
      ],
      ['  of which in the worker (read, parse, check)', ms(median(row.workerMs)), '', ''],
      ['  of which stored in IndexedDB', ms(median(row.storeMs)), '', ''],
      [
        '  of which listed and drawn (main thread)',
        ms(total - median(row.workerMs) - median(row.storeMs)),
        '',
        '',
      ],
      [
        `  ratio ÷ floor (JSON.parse of the same features, ${ms(median(row.floorMs))})`,
        ratio.toFixed(1),
        `≤ ${IMPORT_RATIO_BUDGET}`,
        verdict(ratio <= IMPORT_RATIO_BUDGET),
      ],
    ];
  });
}
