import { readFileSync } from 'node:fs';
import { booleanClockwise } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LISHUI_COUNTIES } from '../../scripts/build-geodata';

const read = (file: string) =>
  JSON.parse(readFileSync(`geodata/boundaries/${file}`, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
const rings = (geometry: Polygon | MultiPolygon) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

describe('committed boundary files', () => {
  const counties = read('lishui-counties.geojson');

  it('hold the nine county-level units of Lishui with their codes and names', () => {
    const byCode = Object.fromEntries(
      counties.features.map((feature) => [feature.properties!.code, feature.properties!.name]),
    );
    expect(Object.keys(byCode).sort()).toEqual(Object.keys(LISHUI_COUNTIES).sort());
    expect(byCode['331102']).toBe('莲都区');
    expect(byCode['331127']).toBe('景宁畲族自治县');
    expect(byCode['331181']).toBe('龙泉市');
  });

  it('include 仙居县 among the neighbours that touch Lishui', () => {
    const neighbours = read('neighbour-counties.geojson').features.map(
      (feature) => feature.properties!.name,
    );
    expect(neighbours).toContain('仙居县');
    expect(neighbours.length).toBeGreaterThanOrEqual(10);
  });

  it('have closed rings wound counter-clockwise outside and clockwise inside', () => {
    for (const file of [
      'lishui-counties.geojson',
      'lishui-outline.geojson',
      'neighbour-counties.geojson',
    ]) {
      for (const feature of read(file).features) {
        for (const polygon of rings(feature.geometry)) {
          polygon.forEach((ring, index) => {
            expect(ring[0]).toEqual(ring[ring.length - 1]);
            expect(booleanClockwise(ring)).toBe(index > 0);
          });
        }
      }
    }
  });
});
