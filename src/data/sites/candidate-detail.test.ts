import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import { candidateDetail } from './candidate-detail';

describe('candidateDetail', () => {
  it('finds the county, overlaps in m² and share, and the nearest platforms', () => {
    // A 0.02° square inside 碧湖新城 (119.7–119.75, 28.2–28.25), overlapping the Gaoxi park.
    const detail = candidateDetail(
      [
        [119.705, 28.205],
        [119.725, 28.205],
        [119.725, 28.225],
        [119.705, 28.225],
      ],
      miniData(),
    );
    expect(detail.county).toMatchObject({ code: '331102' });
    expect(detail.county!.share).toBeCloseTo(1, 3);
    const zone = detail.overlaps.find((overlap) => overlap.featureId === 'liandu-core-bihu');
    expect(zone!.shareOfSite).toBeCloseTo(1, 3);
    const park = detail.overlaps.find((overlap) => overlap.featureId === 'liandu-park-gaoxi');
    // The park (0.01° square) lies wholly inside the site: a quarter of its area.
    expect(park!.shareOfSite).toBeCloseTo(0.25, 2);
    expect(detail.nearestPlatforms[0]).toMatchObject({
      featureId: 'liandu-park-gaoxi',
      industryIds: ['ind-city-semiconductor'],
    });
  });
});
