/**
 * A small hand-made AppData for the targets tests (not the real geodata):
 * one county with a Liandu feature, a corridor feature, a neighbour county,
 * a city cluster with a sub-chain, and a target of every scope kind.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { indexGeodata, type AppData, type PlanFeature } from '@/data/model';
import type { CountyProperties, DocumentInfo, Industry, Target } from '@/data/schema';

const SEED = '000_dd22fc84a3e54e50.txt' as const;
const LIANDU_SEED = '001_cba86b0ca2d8931f.txt' as const;

const square = (lng: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 0.1, lat],
      [lng + 0.1, lat + 0.1],
      [lng, lat + 0.1],
      [lng, lat],
    ],
  ],
});

function county(
  code: string,
  name: string,
  nameEn: string,
  lng: number,
): Feature<Polygon, CountyProperties> {
  return {
    type: 'Feature',
    geometry: square(lng, 28.4),
    properties: {
      id: `county-${code}`,
      code,
      name,
      nameEn,
      city: '丽水市',
      province: '浙江省',
      geometryQuality: 'approximate',
    },
  };
}

function planFeature(
  id: string,
  name: string,
  nameEn: string,
  system: 'liandu' | 'corridor',
  industryIds: string[],
): PlanFeature {
  return {
    type: 'Feature',
    geometry: square(119.9, 28.45),
    properties: {
      id,
      name,
      nameEn,
      system,
      kind: 'zone',
      countyCode: '331102',
      role: '测试',
      roleEn: 'Test',
      industryIds,
      geometryQuality: 'schematic',
      geometryMethod: 'test square',
      certainty: 'stated',
      sources: [{ seed: LIANDU_SEED, line: 10 }],
    },
  };
}

const industries: Industry[] = [
  {
    id: 'ind-city-semi',
    name: '半导体集群',
    nameEn: 'Semiconductor cluster',
    framework: 'city-5+2',
    sources: [{ seed: SEED, line: 5 }],
  },
  {
    id: 'ind-city-semi-materials',
    name: '半导体材料',
    nameEn: 'Semiconductor materials',
    framework: 'city-5+2',
    parentId: 'ind-city-semi',
    sources: [{ seed: SEED, line: 6 }],
  },
  {
    id: 'ind-liandu-software',
    name: '软件',
    nameEn: 'Software',
    framework: 'liandu-digital',
    sources: [{ seed: LIANDU_SEED, line: 7 }],
  },
];

const target = (
  partial: Partial<Target> & Pick<Target, 'id' | 'indicator' | 'indicatorEn' | 'scope'>,
): Target => ({
  value: null,
  comparator: '=',
  unit: '亿元',
  year: 2025,
  sources: [{ seed: SEED, line: 100 }],
  ...partial,
});

export const FIXTURE_TARGETS: Target[] = [
  target({
    id: 'tgt-city-gdp',
    indicator: '地区生产总值',
    indicatorEn: 'Gross domestic product',
    scope: { kind: 'city', id: '331100' },
    value: 2000,
    comparator: '>=',
    baselineValue: 1540,
    baselineYear: 2020,
  }),
  target({
    id: 'tgt-liandu-output',
    indicator: '数字经济核心产业增加值',
    indicatorEn: 'Digital economy core value added',
    scope: { kind: 'county', id: '331102' },
    value: 80,
    baselineValue: 40,
    baselineYear: 2022,
    year: 2027,
    sources: [{ seed: LIANDU_SEED, line: 42 }],
  }),
  target({
    id: 'tgt-bihu-firms',
    indicator: '入驻企业',
    indicatorEn: 'Firms moved in',
    scope: { kind: 'feature', id: 'liandu-bihu' },
    value: 50,
    unit: '家',
    baselineValue: 20,
    year: 2026,
    sources: [{ seed: LIANDU_SEED, line: 60 }],
  }),
  target({
    id: 'tgt-corridor-doubling',
    indicator: '走廊研发投入',
    indicatorEn: 'Corridor R&D spending',
    scope: { kind: 'feature', id: 'corridor-main' },
    valueText: '翻一番',
    unit: '',
    year: null,
  }),
  target({
    id: 'tgt-semi-output-text',
    indicator: '半导体材料产值（正文）',
    indicatorEn: 'Semiconductor materials output (text)',
    scope: { kind: 'industry', id: 'ind-city-semi-materials' },
    industryId: 'ind-city-semi-materials',
    value: 120,
    year: 2025,
    conflictGroup: 'cg-semi-output',
    conflictNote: '正文写120亿元，表格写100亿元。',
    conflictNoteEn: 'The text says CNY 12 bn, the table CNY 10 bn.',
  }),
  target({
    id: 'tgt-semi-output-table',
    indicator: '半导体材料产值（表格）',
    indicatorEn: 'Semiconductor materials output (table)',
    scope: { kind: 'industry', id: 'ind-city-semi-materials' },
    industryId: 'ind-city-semi-materials',
    value: 100,
    baselineValue: 30,
    baselineYear: 2020,
    year: 2025,
    conflictGroup: 'cg-semi-output',
    conflictNote: '正文写120亿元，表格写100亿元。',
    sources: [{ seed: SEED, line: 200 }],
  }),
  target({
    id: 'tgt-software-firms',
    indicator: '软件企业',
    indicatorEn: 'Software firms',
    scope: { kind: 'industry', id: 'ind-liandu-software' },
    industryId: 'ind-liandu-software',
    value: 30,
    unit: '家',
    year: 2027,
    sources: [{ seed: LIANDU_SEED, line: 80 }],
  }),
];

const documentInfo = (shortTitle: string, shortTitleEn: string): DocumentInfo => ({
  title: shortTitle,
  titleEn: shortTitleEn,
  shortTitle,
  shortTitleEn,
  issuer: '测试',
  issuerEn: 'Test',
  date: null,
  period: '2021–2025',
  titleLine: 1,
});

/** Builds a fresh fixture AppData (optionally with other targets). */
export function makeTargetsData(targets: Target[] = FIXTURE_TARGETS): AppData {
  const counties: FeatureCollection<Polygon | MultiPolygon, CountyProperties> = {
    type: 'FeatureCollection',
    features: [county('331102', '莲都区', 'Liandu District', 119.8)],
  };
  const neighbours: FeatureCollection<Polygon | MultiPolygon, CountyProperties> = {
    type: 'FeatureCollection',
    features: [county('331024', '仙居县', 'Xianju County', 120.6)],
  };
  return indexGeodata({
    counties,
    outline: { type: 'FeatureCollection', features: [] },
    neighbours,
    features: [
      planFeature('liandu-bihu', '碧湖新城', 'Bihu New Town', 'liandu', ['ind-liandu-software']),
      planFeature('corridor-main', '科创走廊', 'Innovation corridor', 'corridor', []),
    ],
    industries,
    enterprises: [],
    targets: structuredClone(targets),
    places: [],
    defects: [],
    actions: [],
    countyProfiles: [],
    documents: {
      '000_dd22fc84a3e54e50.txt': documentInfo('市人才规划', 'City talent plan'),
      '001_cba86b0ca2d8931f.txt': documentInfo('莲都数字规划', 'Liandu digital plan'),
      '002_798210d2db71111e.txt': documentInfo('缙云规划', 'Jinyun plan'),
      '003_dd115a29ce591574.txt': documentInfo('仙居规划', 'Xianju plan'),
      '004_6713ff44995b0ad3.txt': documentInfo('其他', 'Other'),
    },
    shizi: null,
  });
}
