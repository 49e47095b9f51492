import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';

describe('parent rules', () => {
  it('reports a sub-area drawn mostly outside its parent', () => {
    expect(validationMessages(loadInvalidGeodata('outside-parent'))).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › geometry: only 19 % of its 870.1 ha lies inside its parent "mini-zone"; expected at least 90 %',
    ]);
  });

  it('reports siblings of one kind that add up to more than their parent', () => {
    expect(validationMessages(loadInvalidGeodata('sibling-area'))).toEqual([
      'layers/mini.geojson › feature 0 (mini-zone) › geometry: its 2 children of kind "block" (mini-block, mini-block-east) add up to 1435.7 ha, 231.1 ha (19 %) more than its own 1204.5 ha; expected at most its area',
    ]);
  });
});
