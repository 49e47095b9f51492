import { describe, expect, it } from 'vitest';
import {
  areaUnits,
  lineLengthMetres,
  polygonAreaSquareMetres,
  sketchFeatures,
  SQUARE_METRES_PER_MU,
} from './measure';

const within = (actual: number, expected: number, share = 0.005) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(share);

describe('measure', () => {
  it('measures one degree of latitude along a meridian (≈ 110.9 km at 28°N)', () => {
    // Geodesic length of 28°–29°N on WGS-84 is 110 857 m.
    within(
      lineLengthMetres([
        [119.9, 28],
        [119.9, 29],
      ]),
      110_857,
    );
  });

  it('sums a polyline', () => {
    const leg = lineLengthMetres([
      [119.9, 28],
      [119.9, 28.1],
    ]);
    within(
      lineLengthMetres([
        [119.9, 28],
        [119.9, 28.1],
        [119.9, 28.2],
      ]),
      leg * 2,
      0.001,
    );
  });

  it('measures a 0.01° × 0.01° cell at 28°N (≈ 1.09 km² on the WGS-84 ellipsoid)', () => {
    const sideNorthSouth = 1108.57; // m per 0.01° of latitude at 28°N (WGS-84)
    const sideEastWest = 983.58; // m per 0.01° of longitude at 28.005°N (WGS-84)
    const area = polygonAreaSquareMetres([
      [119.9, 28],
      [119.91, 28],
      [119.91, 28.01],
      [119.9, 28.01],
    ]);
    within(area, sideNorthSouth * sideEastWest);
  });

  it('converts areas to ha, km² and 亩', () => {
    expect(areaUnits(666_666.67)).toMatchObject({
      hectares: 66.666667,
      squareKilometres: 0.66666667,
    });
    expect(areaUnits(SQUARE_METRES_PER_MU * 15).mu).toBeCloseTo(15);
    expect(SQUARE_METRES_PER_MU).toBeCloseTo(666.67, 2);
  });

  it('draws vertices and the closed polygon for the sketch layer', () => {
    const sketch = sketchFeatures('area', [
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(sketch.features[0]!.geometry.type).toBe('Polygon');
    expect(sketch.features.filter((feature) => feature.properties!.role === 'vertex')).toHaveLength(
      3,
    );
    expect(sketchFeatures('distance', [[0, 0]]).features).toHaveLength(1);
  });
});
