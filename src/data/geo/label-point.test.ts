import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { polygon, multiPolygon } from '@turf/helpers';
import { areaCentroid, labelPoint } from './label-point';

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('areaCentroid', () => {
  it('finds the middle of a square whichever way it is wound', () => {
    expect(areaCentroid([[square(119, 28, 2)]])).toEqual([120, 29]);
    expect(areaCentroid([[square(119, 28, 2).reverse()]])).toEqual([120, 29]);
  });

  it('weights the parts of a multipolygon by their area', () => {
    // A 2×2 square at x 0..2 and a 1×1 square at x 10..11: 4 × 1 + 1 × 10.5, over 5.
    const [x, y] = areaCentroid([[square(0, 0, 2)], [square(10, 0.5, 1)]])!;
    expect(x).toBeCloseTo(2.9, 10);
    expect(y).toBeCloseTo(1, 10);
  });

  it('subtracts holes, even when they are wound like the outer ring', () => {
    // 4×4 square with a 2×2 hole in its right half: the mass moves left.
    const [x] = areaCentroid([[square(0, 0, 4), square(2, 1, 2)]])!;
    expect(x).toBeCloseTo((16 * 2 - 4 * 3) / 12, 10);
  });

  it('returns null for a shape without area', () => {
    expect(
      areaCentroid([
        [
          [
            [0, 0],
            [1, 1],
            [2, 2],
            [0, 0],
          ],
        ],
      ]),
    ).toBeNull();
    expect(areaCentroid([])).toBeNull();
  });
});

describe('labelPoint', () => {
  it('puts a convex polygon label at its centre', () => {
    const feature = polygon([square(119.9, 28.4, 0.1)]);
    const [x, y] = labelPoint(feature);
    expect(x).toBeCloseTo(119.95, 10);
    expect(y).toBeCloseTo(28.45, 10);
  });

  it('keeps a C-shaped polygon label on the shape, not in the gap', () => {
    const c = polygon([
      [
        [0, 0],
        [3, 0],
        [3, 1],
        [1, 1],
        [1, 2],
        [3, 2],
        [3, 3],
        [0, 3],
        [0, 0],
      ],
    ]);
    // Its centre of area (≈1.36, 1.5) lies in the gap, so the label moves onto the shape.
    expect(areaCentroid([c.geometry.coordinates])?.[0]).toBeCloseTo(9.5 / 7, 10);
    const label = labelPoint(c);
    expect(booleanPointInPolygon(label, c)).toBe(true);
  });

  it('puts a multipolygon label inside one of its parts', () => {
    const feature = multiPolygon([[square(0, 0, 1)], [square(5, 0, 1)]]);
    const [x = 3] = labelPoint(feature);
    // The centre of area (3, 0.5) is between the parts, so the label moves onto one.
    expect(x <= 1 || x >= 5).toBe(true);
    expect(centroid(feature).geometry.coordinates).toEqual([3, 0.5]);
  });

  it('puts a line label half-way along it', () => {
    const [x, y] = labelPoint({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [120, 28],
          [120, 28.2],
        ],
      },
    });
    expect(x).toBeCloseTo(120, 6);
    expect(y).toBeCloseTo(28.1, 3);
  });
});
