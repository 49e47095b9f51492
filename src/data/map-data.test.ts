import { describe, expect, it } from 'vitest';
import type { AppData, PlanFeature } from './model';
import { buildMapData, shapesOf } from './map-data';

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 28],
      [x + 0.1, 28],
      [x + 0.1, 28.1],
      [x, 28.1],
      [x, 28],
    ],
  ],
});
const county = (id: string, x: number) => ({
  type: 'Feature' as const,
  properties: { id, name: id, nameEn: id, geometryQuality: 'approximate' },
  geometry: square(x),
});
const plan = (id: string, system: string, geometry: ReturnType<typeof square> | null) =>
  ({
    type: 'Feature',
    properties: {
      id,
      name: id,
      nameEn: id,
      system,
      kind: 'platform',
      geometryQuality: 'schematic',
    },
    geometry,
  }) as unknown as PlanFeature;

describe('map data', () => {
  const data = {
    counties: { type: 'FeatureCollection', features: [county('county-a', 119)] },
    neighbours: { type: 'FeatureCollection', features: [county('county-n', 120)] },
    outline: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'city' }, geometry: square(119) }],
    },
    featuresBySystem: new Map([
      ['liandu', [plan('p1', 'liandu', square(119.02)), plan('p2', 'liandu', null)]],
      ['jinyun', [plan('p3', 'jinyun', square(119.05))]],
    ]),
    // Computed at build time; 'p1' has none here.
    labelPoints: { 'county-a': [119.05, 28.05], 'county-n': [120.05, 28.05], p3: [119.1, 28.05] },
  } as unknown as AppData;

  it('puts every drawn shape in one collection, tagged with its role and plan system', () => {
    const shapes = shapesOf(buildMapData(data));
    const tags = shapes.features.map((feature) => [
      feature.properties?.id,
      feature.properties?.role,
      feature.properties?.system,
    ]);
    expect(tags).toEqual([
      ['county-n', 'neighbour', undefined],
      ['county-a', 'county', undefined],
      ['city', 'outline', undefined],
      ['p1', 'plan', 'liandu'],
      ['p3', 'plan', 'jinyun'],
    ]);
  });

  it('labels each placed plan feature once, keeping its system', () => {
    const withAll = { ...data, labelPoints: { ...data.labelPoints, p1: [119.07, 28.05] } };
    const labels = buildMapData(withAll).labels.features.filter(
      (label) => label.properties.role === 'plan',
    );
    expect(labels.map((label) => [label.properties.id, label.properties.system])).toEqual([
      ['p1', 'liandu'],
      ['p3', 'jinyun'],
    ]);
    expect(labels.every((label) => label.geometry.type === 'Point')).toBe(true);
    const all = buildMapData(withAll).labels.features.map((label) => label.properties.role);
    expect(all).toEqual(['neighbour', 'county', 'plan', 'plan']);
  });

  it('puts each label at its label point, and leaves a shape without one unlabelled', () => {
    const labels = buildMapData(data).labels.features;
    expect(labels.map((label) => [label.properties.id, label.geometry.coordinates])).toEqual([
      ['county-n', [120.05, 28.05]],
      ['county-a', [119.05, 28.05]],
      ['p3', [119.1, 28.05]],
    ]);
  });
});
