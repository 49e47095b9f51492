import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { area, booleanIntersects } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  COUNTY_SIMPLIFY_WEIGHT,
  MAX_AREA_CHANGE_PERCENT,
  areaChangePercent,
  nodeSharedBorders,
  simplifySharedBorders,
  unsharedBorderVertices,
} from './topology-simplify.ts';

type AreaFeature = Feature<Polygon | MultiPolygon, { code: string }>;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A staircase from (x0, y0) going north-east in steps of 1/1024° (the source's grid). */
function staircase(x0: number, y0: number, steps: number): Position[] {
  const step = 1 / 1024;
  const points: Position[] = [];
  for (let index = 0; index < steps; index += 1) {
    points.push(
      [x0 + index * step, y0 + index * step],
      [x0 + (index + 1) * step, y0 + index * step],
    );
  }
  points.push([x0 + steps * step, y0 + steps * step]);
  return points;
}

/** Two squares of about 10 km split by a diagonal staircase border they share. */
function stairNeighbours(): AreaFeature[] {
  const border = staircase(120, 28, 96);
  const [start, end] = [border[0]!, border[border.length - 1]!];
  const west: Position[] = [...border, [start[0]!, end[1]!], start];
  const east: Position[] = [...border, [end[0]!, start[1]!], start];
  return [
    {
      type: 'Feature',
      properties: { code: 'west' },
      geometry: { type: 'Polygon', coordinates: [west] },
    },
    {
      type: 'Feature',
      properties: { code: 'east' },
      geometry: { type: 'Polygon', coordinates: [east] },
    },
  ];
}

const vertexCount = (features: AreaFeature[]) =>
  features.reduce(
    (sum, feature) => sum + JSON.stringify(feature.geometry.coordinates).split('],[').length,
    0,
  );

describe('topology-preserving county simplification', () => {
  it('removes the staircase but keeps the shared border identical on both sides', () => {
    const before = stairNeighbours();
    const after = simplifySharedBorders(before, COUNTY_SIMPLIFY_WEIGHT);
    expect(vertexCount(after)).toBeLessThan(vertexCount(before) / 4);
    expect(unsharedBorderVertices(after[0]!, after[1]!)).toEqual([]);
    for (const change of areaChangePercent(before, after))
      expect(change).toBeLessThan(MAX_AREA_CHANGE_PERCENT);
    // Together they still cover the same square: no gap, no overlap.
    const total = (features: AreaFeature[]) => features.reduce((sum, f) => sum + area(f), 0);
    expect(Math.abs(total(after) - total(before)) / total(before)).toBeLessThan(1e-9);
  });

  it('inserts a neighbour’s vertex that lies on a border segment lacking it', () => {
    const square = (code: string, ring: Position[]): AreaFeature => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    // The west square has a vertex halfway along the shared edge; the east one has not.
    const west = square('west', [
      [120, 28],
      [120.01, 28],
      [120.01, 28.005],
      [120.01, 28.01],
      [120, 28.01],
      [120, 28],
    ]);
    const east = square('east', [
      [120.01, 28],
      [120.02, 28],
      [120.02, 28.01],
      [120.01, 28.01],
      [120.01, 28],
    ]);
    expect(unsharedBorderVertices(west, east)).toEqual([[120.01, 28.005]]);
    const [nodedWest, nodedEast] = nodeSharedBorders([west, east]);
    expect(unsharedBorderVertices(nodedWest!, nodedEast!)).toEqual([]);
    expect(area(nodedEast!)).toBeCloseTo(area(east), 6);
  });
});

describe('the committed Lishui counties', () => {
  const counties = (
    JSON.parse(
      readFileSync(path.join(root, 'geodata/boundaries/lishui-counties.geojson'), 'utf8'),
    ) as { features: AreaFeature[] }
  ).features;

  it('share identical vertices along every border between neighbours', () => {
    let pairs = 0;
    counties.forEach((county, index) => {
      for (const other of counties.slice(index + 1)) {
        if (!booleanIntersects(county, other)) continue;
        pairs += 1;
        expect(
          unsharedBorderVertices(county, other),
          `${county.properties.code}/${other.properties.code}`,
        ).toEqual([]);
      }
    });
    expect(pairs).toBeGreaterThanOrEqual(15);
  });

  it('keep each county’s area within 0.5 % of the unsimplified build', () => {
    // km² of each county before simplification (the cleaned package geometry, build of 2026-12).
    const unsimplifiedKm2: Record<string, number> = {
      '331102': 1496.68,
      '331121': 2480.53,
      '331122': 1495.31,
      '331123': 2546.96,
      '331124': 1402.64,
      '331125': 991.17,
      '331126': 1898.47,
      '331127': 1941.06,
      '331181': 3044.44,
    };
    expect(counties.map((county) => county.properties.code).sort()).toEqual(
      Object.keys(unsimplifiedKm2).sort(),
    );
    for (const county of counties) {
      const before = unsimplifiedKm2[county.properties.code]!;
      const change = (Math.abs(area(county) / 1e6 - before) / before) * 100;
      expect(change, county.properties.code).toBeLessThan(MAX_AREA_CHANGE_PERCENT);
    }
  });
});
