import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import { featuresInView } from './features-in-view';

const data = miniData();
const NO_FILTER = { hiddenLayers: [], keptIds: null };

describe('featuresInView', () => {
  it('lists the plan features whose shapes meet the view, then the counties, in data order', () => {
    // Around Bihu: its zone and the Gaoxi park inside it, in Liandu only.
    expect(featuresInView(data, [119.6, 28.15, 119.8, 28.3], NO_FILTER)).toEqual([
      'liandu-core-bihu',
      'liandu-park-gaoxi',
      'county-331102',
    ]);
    // The whole city: every placed feature (not the unplaced park) and both counties.
    expect(featuresInView(data, [118, 27, 121, 29], NO_FILTER)).toEqual([
      'liandu-core-bihu',
      'liandu-park-gaoxi',
      'jinyun-core',
      'county-331102',
      'county-331122',
    ]);
  });

  it('leaves out a feature whose shape lies outside the view', () => {
    expect(featuresInView(data, [120.15, 28.05, 120.3, 28.15], NO_FILTER)).toEqual([
      'jinyun-core',
      'county-331122',
    ]);
  });

  it('leaves out hidden layers and what an active filter does not keep', () => {
    const city: [number, number, number, number] = [118, 27, 121, 29];
    expect(
      featuresInView(data, city, { hiddenLayers: ['liandu-sites', 'counties'], keptIds: null }),
    ).toEqual(['liandu-core-bihu', 'jinyun-core']);
    expect(
      featuresInView(data, city, {
        hiddenLayers: [],
        keptIds: new Set(['liandu-park-gaoxi', 'county-331122']),
      }),
    ).toEqual(['liandu-park-gaoxi', 'county-331122']);
  });
});
