import { describe, expect, it } from 'vitest';
import {
  loadInvalidGeodata,
  loadMiniGeodata,
  validationMessages,
} from '../../../tests/fixtures/load-fixture';
import { parseGeodata } from '../parse';

describe('river rules', () => {
  it('reports a line that leaves the river box and a line of one position', () => {
    expect(validationMessages(loadInvalidGeodata('river-box'))).toEqual([
      'boundaries/rivers.geojson › feature 0 (river-1) › geometry.coordinates: position [121.5, 27.9] lies outside the river box [118.2, 27, 121.2, 29.2]; expected rivers clipped to it (npm run geodata)',
      'boundaries/rivers.geojson › feature 1 (river-2) › geometry.coordinates: a line needs at least 2 distinct [lng, lat] positions; found 1',
    ]);
  });

  it('refuses a name that is not marked inferred or lacks its English', () => {
    expect(validationMessages(loadInvalidGeodata('river-schema'))).toEqual([
      'boundaries/rivers.geojson › feature 0 › properties › nameEn: a river name needs its English name (nameEn), and the other way round',
      'boundaries/rivers.geojson › feature 0 › properties › nameInferred: the river source carries no names: a name must be marked nameInferred: true',
    ]);
  });

  it('parses a valid river file into the data, and leaves it out when there is none', () => {
    const fixture = loadInvalidGeodata('river-box');
    const parsed = parseGeodata(fixture.files);
    expect(parsed.ok && parsed.data.rivers?.features.map((f) => f.properties.id)).toEqual([
      'river-1',
      'river-2',
    ]);
    const none = parseGeodata(loadMiniGeodata().files);
    expect(none.ok && none.data.rivers).toBeUndefined();
  });
});
