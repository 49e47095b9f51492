import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(path.resolve('geodata', file), 'utf8'));
const platforms: Array<{
  geometry: unknown;
  properties: { countyCode: string; geometryQuality: string; geometryMethodZh?: string };
}> = read('layers/city-platforms.geojson').features;
const counties: Array<{ properties: { code: string; name: string } }> = read(
  'boundaries/lishui-counties.geojson',
).features;

describe('the city-plan platforms', () => {
  it.each(counties.map((county) => [county.properties.name, county.properties.code]))(
    'puts platforms on the map in %s',
    (_, code) => {
      const placed = platforms.filter(
        (feature) => feature.properties.countyCode === code && feature.geometry !== null,
      );
      expect(placed.length).toBeGreaterThan(0);
    },
  );

  it('says of every platform shown at a county seat that its position is not stated', () => {
    const atSeat = platforms.filter(
      (feature) => feature.properties.geometryQuality === 'county-seat',
    );
    expect(atSeat.length).toBeGreaterThan(0);
    for (const feature of atSeat) expect(feature.properties.geometryMethodZh).toMatch(/未|驻地/);
  });
});
