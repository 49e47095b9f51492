/**
 * Synthetic data for `npm run bench -- --scale`, written to bench/.scale/
 * (git-ignored) and never to geodata/: enterprise points spread over the
 * Lishui county polygons, and small square polygons. Every feature says what
 * it is: `synthetic: true` and an id starting with `synthetic-`. Seeded, so
 * every run draws the same data.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { seededRandom } from '../src/lib/seeded-random';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCALE_DIR = path.join(root, 'bench', '.scale');

export const POINT_SIZES = [1_000, 10_000, 100_000] as const;
export const POLYGON_SIZES = [1_000, 5_000] as const;

export const pointsFile = (count: number) => `points-${count / 1000}k.geojson`;
export const polygonsFile = (count: number) => `polygons-${count / 1000}k.geojson`;

// Name parts so that names look like a register's (and exercise pinyin search).
const PLACE = ['丽水', '莲都', '青田', '缙云', '遂昌', '松阳', '云和', '庆元', '景宁', '龙泉'];
const WORD = [
  '华',
  '信',
  '达',
  '鑫',
  '源',
  '泰',
  '恒',
  '丰',
  '瑞',
  '新',
  '宏',
  '博',
  '创',
  '科',
  '金',
  '绿',
];
const TRADE = [
  '机械',
  '电子',
  '材料',
  '医药',
  '食品',
  '纺织',
  '汽配',
  '阀门',
  '竹木',
  '光电',
  '半导体',
  '软件',
];

type County = Feature<Polygon | MultiPolygon, { code: string }>;

function loadCounties(): County[] {
  const file = path.join(root, 'geodata', 'boundaries', 'lishui-counties.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  return collection.features;
}

/** `count` points, uniform over the union of the counties (rejection sampling in the bbox). */
export function generatePoints(count: number, seed = 7): FeatureCollection {
  const random = seededRandom(seed);
  const counties = loadCounties();
  const boxes = counties.map((county) => bbox(county));
  const [west, south, east, north] = [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const features: Feature[] = [];
  while (features.length < count) {
    const position: [number, number] = [
      west + random() * (east - west),
      south + random() * (north - south),
    ];
    const countyIndex = counties.findIndex(
      (county, index) =>
        position[0] >= boxes[index]![0] &&
        position[0] <= boxes[index]![2] &&
        position[1] >= boxes[index]![1] &&
        position[1] <= boxes[index]![3] &&
        booleanPointInPolygon(position, county),
    );
    if (countyIndex < 0) continue;
    const serial = features.length + 1;
    features.push({
      type: 'Feature',
      properties: {
        id: `synthetic-enterprise-${serial}`,
        name: `${pick(PLACE)}${pick(WORD)}${pick(WORD)}${pick(TRADE)}有限公司${serial}号`,
        synthetic: true,
        countyCode: counties[countyIndex]!.properties.code,
      },
      geometry: {
        type: 'Point',
        coordinates: [Number(position[0].toFixed(6)), Number(position[1].toFixed(6))],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** `count` small squares (about 300 m) centred on synthetic points. */
export function generatePolygons(count: number, seed = 11): FeatureCollection {
  const centres = generatePoints(count, seed).features;
  const half = 0.0015;
  return {
    type: 'FeatureCollection',
    features: centres.map((centre, index) => {
      const [lng, lat] = (centre.geometry as GeoJSON.Point).coordinates as [number, number];
      const corner = (x: number, y: number) => [
        Number((lng + x).toFixed(6)),
        Number((lat + y).toFixed(6)),
      ];
      return {
        type: 'Feature',
        properties: {
          id: `synthetic-polygon-${index + 1}`,
          name: `合成地块${index + 1}号`,
          synthetic: true,
        },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              corner(-half, -half),
              corner(half, -half),
              corner(half, half),
              corner(-half, half),
              corner(-half, -half),
            ],
          ],
        },
      };
    }),
  };
}

/** Writes the requested files unless they exist already; returns their names. */
export function ensureScaleData(
  pointSizes: readonly number[] = POINT_SIZES,
  polygonSizes: readonly number[] = POLYGON_SIZES,
): string[] {
  mkdirSync(SCALE_DIR, { recursive: true });
  const written: string[] = [];
  const write = (name: string, make: () => FeatureCollection) => {
    const file = path.join(SCALE_DIR, name);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(make()));
    written.push(name);
  };
  for (const count of pointSizes) write(pointsFile(count), () => generatePoints(count));
  for (const count of polygonSizes) write(polygonsFile(count), () => generatePolygons(count));
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const files = ensureScaleData();
  console.log(
    `wrote ${files.join(', ')} to ${path.relative(root, SCALE_DIR)}/ in ${Math.round(performance.now() - started)} ms`,
  );
}
