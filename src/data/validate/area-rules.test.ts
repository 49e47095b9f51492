import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';

describe('stated area', () => {
  it('reports a drawn shape far from the stated size', () => {
    expect(validationMessages(loadInvalidGeodata('stated-area'))).toEqual([
      'layers/mini.geojson › feature 0 (mini-zone) › geometry: drawn area 1204.5 ha differs from statedAreaHa 3000 ha by 60 %; expected within 25 %',
    ]);
  });
});
