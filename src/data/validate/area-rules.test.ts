import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';

describe('stated area', () => {
  it('reports a drawn shape far from the stated size', () => {
    expect(validationMessages(loadInvalidGeodata('stated-area'))).toEqual([
      'layers/mini.geojson › feature 0 (mini-zone) › geometry: drawn area 1204.5 ha differs from statedAreaHa 3000 ha by 60 %; expected within 25 %',
    ]);
  });

  it('counts only the part inside the county, and reports a shape not clipped to it', () => {
    expect(validationMessages(loadInvalidGeodata('stated-area-county'))).toEqual([
      'layers/mini.geojson › feature 0 (mini-zone) › geometry: 978.9 ha of the drawn 1957.7 ha lie outside its county 莲都区 (331102); expected the shape clipped to it (only the 978.9 ha inside count towards statedAreaHa)',
    ]);
  });
});
