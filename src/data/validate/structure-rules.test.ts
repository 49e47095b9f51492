import { describe, expect, it } from 'vitest';
import { loadInvalidGeojson } from '../../../tests/fixtures/load-fixture';
import { formatIssue } from './issue';
import { checkGeojsonStructure } from './structure-rules';

describe('GeoJSON structure', () => {
  it('reports what geojson-validation finds, per feature', () => {
    const issues = checkGeojsonStructure(
      'layers/broken.geojson',
      loadInvalidGeojson('geojson-structure'),
    );
    expect(issues.map(formatIssue)).toEqual([
      'layers/broken.geojson › feature 0: must have a member with the name "properties" (geojson-validation)',
      'layers/broken.geojson › feature 0: Position must be at least two elements (geojson-validation)',
    ]);
  });

  it('rejects a file that is not a FeatureCollection', () => {
    expect(checkGeojsonStructure('layers/x.geojson', { type: 'Feature' }).map(formatIssue)).toEqual(
      ['layers/x.geojson: expected a GeoJSON FeatureCollection with a "features" array'],
    );
  });

  it('reports a malformed ring instead of throwing', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[]] } },
      ],
    };
    expect(checkGeojsonStructure('layers/x.geojson', collection)).toHaveLength(1);
  });
});
