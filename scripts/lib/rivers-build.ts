/**
 * Builds geodata/boundaries/rivers.geojson from GSHHG's WDBII rivers, as
 * printed by GMT (`gmt coast -Df -Ia -M`, Debian packages gmt and
 * gmt-gshhg-full; scripts/ensure-gmt.mjs installs them). GSHHG is LGPL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BBox, Position } from 'geojson';
import { RIVER_BOX as BOX, RIVERS_FILE } from '../../src/data/rivers.ts';
import type { Place } from '../../src/data/schema.ts';
import { featureCollectionText } from '../../src/lib/geojson-text.ts';
import {
  nameRiversByGeometry,
  parseGmtSegments,
  riversFromGmt,
  type RiverName,
} from './gmt-rivers.ts';

/** GSHHG release read by `gmt coast` (Debian gmt-gshhg-full 2.3.7), recorded in geodata/README.md. */
export const GSHHG_VERSION = '2.3.7';
/** The box rivers are clipped to (src/data/rivers.ts), [west, south, east, north] in degrees. */
const RIVER_BOX: BBox = [...BOX];

function gmtCoast(args: string[]): string {
  const region = `-R${RIVER_BOX[0]}/${RIVER_BOX[2]}/${RIVER_BOX[1]}/${RIVER_BOX[3]}`;
  // GMT writes a gmt.history file into its working directory: keep it out of the project.
  const cwd = mkdtempSync(path.join(tmpdir(), 'geodata-gmt-'));
  try {
    return execFileSync('gmt', ['coast', region, '-Df', ...args, '-M'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      cwd,
    });
  } catch (error) {
    throw new Error(
      `\`gmt coast ${region} -Df ${args.join(' ')} -M\` failed (run \`node scripts/ensure-gmt.mjs\`): ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

function seat(places: Map<string, Place>, code: string): Position {
  const place = [...places.values()].find((candidate) => candidate.seatOf === code);
  if (!place) throw new Error(`no place with seatOf ${code} in geodata/records`);
  return [place.lng, place.lat];
}

/**
 * Rivers identified by their course (WDBII carries no names). 瓯江: the river
 * through the seats of 莲都 (丽水 city centre) and 青田, which runs on to the sea at
 * 温州. 永安溪: the river through the seat of 仙居.
 */
function riverNames(places: Map<string, Place>): RiverName[] {
  return [
    {
      name: '瓯江',
      nameEn: 'Ou River (Oujiang)',
      passes: [seat(places, '331102'), seat(places, '331121')],
      withinKm: 5,
    },
    {
      name: '永安溪',
      nameEn: 'Yong’an River',
      passes: [seat(places, '331024')],
      withinKm: 5,
    },
  ];
}

function readPlaces(root: string): Map<string, Place> {
  const places = new Map<string, Place>();
  const dir = path.join(root, 'geodata', 'records');
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const records = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { places?: Place[] };
    for (const place of records.places ?? [])
      if (!places.has(place.id)) places.set(place.id, place);
  }
  return places;
}

export function buildRivers(root: string): Map<string, string> {
  const rivers = riversFromGmt(gmtCoast(['-Ia']), RIVER_BOX);
  if (rivers.length === 0) throw new Error('gmt printed no rivers for the Lishui box');
  for (const river of riverNames(readPlaces(root))) {
    const named = nameRiversByGeometry(rivers, river);
    if (named.length !== 1)
      throw new Error(
        `${river.name}: expected one river line to match its course, found ${named.length}`,
      );
  }
  // GSHHG full resolution holds no lake or reservoir polygon inside the box. Should a
  // future release add one, stop here rather than leave it out silently.
  const inBox = ([lng, lat]: Position) =>
    lng! >= RIVER_BOX[0] && lng! <= RIVER_BOX[2] && lat! >= RIVER_BOX[1] && lat! <= RIVER_BOX[3];
  const lakes = parseGmtSegments(gmtCoast(['-W', '-A0/2/4'])).filter((segment) =>
    segment.points.some(inBox),
  );
  if (lakes.length > 0)
    throw new Error(
      `gmt printed ${lakes.length} lake shore segments for the Lishui box: add a lakes file to the build`,
    );
  return new Map([[RIVERS_FILE, featureCollectionText(rivers)]]);
}
