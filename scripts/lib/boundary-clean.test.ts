import { booleanClockwise, distance } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cleanGcj02Feature, dropConsecutiveDuplicates, roundCoordinate } from './boundary-clean';

const square = (coordinates: number[][]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [coordinates] },
});

describe('cleanGcj02Feature', () => {
  it('shifts a GCJ-02 point in Lishui by the expected few hundred metres towards WGS-84', () => {
    // Around Lishui GCJ-02 lies about 0.0044° east and 0.0034° south of WGS-84 (≈ 560 m in all).
    const gcj = square([
      [119.9, 28.45],
      [119.91, 28.45],
      [119.91, 28.46],
      [119.9, 28.46],
      [119.9, 28.45],
    ]);
    const wgs = cleanGcj02Feature(gcj);
    const before = gcj.geometry.coordinates[0]![0]!;
    const after = wgs.geometry.coordinates[0]![0]!;
    const shiftMetres = distance(before, after, { units: 'kilometers' }) * 1000;
    expect(shiftMetres).toBeGreaterThan(300);
    expect(shiftMetres).toBeLessThan(700);
    expect(after[0]).toBeLessThan(before[0]!);
    expect(after[1]).toBeGreaterThan(before[1]!);
  });

  it('does not mutate its input (gcoord mutates in place)', () => {
    const gcj = square([
      [119.9, 28.45],
      [119.91, 28.45],
      [119.91, 28.46],
      [119.9, 28.45],
    ]);
    const copy = structuredClone(gcj);
    cleanGcj02Feature(gcj);
    expect(gcj).toEqual(copy);
  });

  it('rewinds exterior rings counter-clockwise (RFC 7946) and keeps them closed', () => {
    const clockwise = square([
      [120, 28],
      [120, 28.1],
      [120.1, 28.1],
      [120.1, 28],
      [120, 28],
    ]);
    expect(booleanClockwise(clockwise.geometry.coordinates[0]!)).toBe(true);
    const ring = (cleanGcj02Feature(clockwise).geometry as Polygon).coordinates[0]!;
    expect(booleanClockwise(ring)).toBe(false);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('rounds to five decimals and drops vertices that become duplicates', () => {
    const noisy = square([
      [120, 28],
      [120.000001, 28.000001],
      [120.1, 28],
      [120.1, 28.1],
      [120, 28],
    ]);
    const ring = (cleanGcj02Feature(noisy).geometry as Polygon).coordinates[0]!;
    for (const [lng, lat] of ring) {
      expect(lng).toBe(roundCoordinate(lng!));
      expect(lat).toBe(roundCoordinate(lat!));
    }
    expect(ring).toHaveLength(4);
  });
});

describe('dropConsecutiveDuplicates', () => {
  it('removes repeated neighbours and closes an open ring', () => {
    expect(
      dropConsecutiveDuplicates([
        [0, 0],
        [0, 0],
        [1, 0],
        [1, 1],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});
