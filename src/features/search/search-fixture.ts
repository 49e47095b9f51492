/**
 * A small hand-made AppData for the search tests (not the real geodata): one
 * Lishui county and one neighbour, a zone with a block and a town inside it, an
 * unplaced feature, local and benchmark firms, industries and targets whose
 * names overlap on purpose (莲都…, 碧湖…, …新城) so ranking can be checked.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { indexGeodata, type AppData, type PlanFeature } from '@/data/model';
import type { CountyProperties, Enterprise, Industry, Target } from '@/data/schema';

const SEED = '001_cba86b0ca2d8931f.txt' as const;
const sources = [{ seed: SEED, line: 1 }];

const square = (lng: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 0.05, lat],
      [lng + 0.05, lat + 0.05],
      [lng, lat + 0.05],
      [lng, lat],
    ],
  ],
});

const county = (code: string, name: string, nameEn: string, city: string) => ({
  type: 'Feature' as const,
  geometry: square(119.8, 28.3),
  properties: {
    id: `county-${code}`,
    code,
    name,
    nameEn,
    city,
    province: '浙江省',
    geometryQuality: 'approximate' as const,
  },
});

const collection = (
  features: ReturnType<typeof county>[],
): FeatureCollection<Polygon | MultiPolygon, CountyProperties> => ({
  type: 'FeatureCollection',
  features,
});

function planFeature(
  id: string,
  name: string,
  nameEn: string,
  options: { parentId?: string; unplaced?: boolean; kind?: PlanFeature['properties']['kind'] } = {},
): PlanFeature {
  return {
    type: 'Feature',
    geometry: options.unplaced ? null : square(119.8, 28.3),
    properties: {
      id,
      name,
      nameEn,
      system: 'liandu',
      kind: options.kind ?? 'zone',
      countyCode: '331102',
      ...(options.parentId ? { parentId: options.parentId } : {}),
      role: '测试',
      roleEn: 'Test',
      industryIds: [],
      geometryQuality: options.unplaced ? 'unplaced' : 'schematic',
      geometryMethod: 'test square',
      certainty: 'stated',
      sources,
    },
  };
}

const industries: Industry[] = [
  {
    id: 'ind-semi',
    name: '半导体产业',
    nameEn: 'Semiconductor industry',
    framework: 'city-5+2',
    sources,
  },
  {
    id: 'ind-liandu-digital',
    name: '莲都数字经济',
    nameEn: 'Liandu digital economy',
    framework: 'liandu-digital',
    sources,
  },
];

const enterprises: Enterprise[] = [
  {
    id: 'ent-bihu-machinery',
    name: '碧湖机械公司',
    nameEn: 'Bihu Machinery Co.',
    kind: 'local',
    industryIds: [],
    countyCode: '331102',
    featureId: 'liandu-core-bihu',
    sources,
  },
  {
    id: 'ent-liandu-software',
    name: '莲都软件公司',
    nameEn: 'Liandu Software Co.',
    kind: 'local',
    industryIds: ['ind-liandu-digital'],
    countyCode: '331102',
    sources,
  },
  {
    id: 'ent-hisilicon',
    name: '华为海思',
    nameEn: 'HiSilicon (Huawei)',
    kind: 'benchmark',
    industryIds: ['ind-semi'],
    location: '深圳',
    locationEn: 'Shenzhen',
    sources,
  },
];

const targets: Target[] = [
  {
    id: 'tgt-bihu-output',
    indicator: '碧湖新城工业产值',
    indicatorEn: 'Bihu New Town industrial output',
    scope: { kind: 'feature', id: 'liandu-core-bihu' },
    value: 100,
    comparator: '>=',
    unit: '亿元',
    year: 2025,
    sources,
  },
  {
    id: 'tgt-liandu-rd',
    indicator: '莲都研发投入',
    indicatorEn: 'Liandu R&D spending',
    scope: { kind: 'county', id: '331102' },
    value: 3,
    comparator: '>=',
    unit: '%',
    year: 2025,
    sources,
  },
  {
    id: 'tgt-semi-output',
    indicator: '半导体产值',
    indicatorEn: 'Semiconductor output',
    scope: { kind: 'industry', id: 'ind-semi' },
    value: 50,
    comparator: '=',
    unit: '亿元',
    year: 2025,
    sources,
  },
];

export function makeSearchData(): AppData {
  return indexGeodata({
    counties: collection([county('331102', '莲都区', 'Liandu District', '丽水市')]),
    neighbours: collection([county('330302', '鹿城区', 'Lucheng District', '温州市')]),
    outline: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: square(119, 28),
          properties: { name: '丽水市', nameEn: 'Lishui City' },
        },
      ],
    },
    features: [
      // Listed first on purpose: ranking, not data order, must put the zone before its parts.
      planFeature('liandu-town-bihu', '碧湖镇区', 'Bihu Town Centre', {
        parentId: 'liandu-core-bihu',
        kind: 'town',
      }),
      planFeature('liandu-block-bihu', '碧湖片区', 'Bihu Block', {
        parentId: 'liandu-core-bihu',
        kind: 'block',
      }),
      planFeature('liandu-core-bihu', '碧湖新城', 'Bihu New Town'),
      planFeature('liandu-yiwu-park', '莲都·义乌产业园', 'Liandu–Yiwu Industrial Park', {
        kind: 'platform',
      }),
      planFeature('liandu-downtown', '老城区', 'Old Downtown'),
      planFeature('liandu-future-lab', '未来实验室', 'Future Lab', {
        unplaced: true,
        kind: 'platform',
      }),
    ],
    industries,
    enterprises,
    targets,
    places: [],
    defects: [],
    actions: [],
    countyProfiles: [],
    documents: {},
    shizi: null,
  });
}
