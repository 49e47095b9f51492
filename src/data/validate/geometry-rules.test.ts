import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadInvalidGeojson } from '../../../tests/fixtures/load-fixture';
import {
  checkCoordinateRanges,
  checkGeometry,
  checkRings,
  checkSelfIntersections,
  checkWinding,
  type GeometryProblem,
} from './geometry-rules';

const geometryOf = (rule: string) =>
  (loadInvalidGeojson(rule) as FeatureCollection).features[0]!.geometry;
const messages = (problems: GeometryProblem[]) =>
  problems.map((problem) => `${problem.field}: ${problem.message}`);

describe('geometry rules', () => {
  it('accepts a small counter-clockwise square', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [119.9, 28.4],
          [119.91, 28.4],
          [119.91, 28.41],
          [119.9, 28.41],
          [119.9, 28.4],
        ],
      ],
    };
    expect(checkGeometry(square)).toEqual([]);
  });

  it('reports longitudes and latitudes out of range', () => {
    expect(messages(checkCoordinateRanges(geometryOf('coordinate-range')))).toEqual([
      'geometry.coordinates: longitude 200 is out of range; expected -180..180 ([lng, lat] order)',
      'geometry.coordinates: latitude 95 is out of range; expected -90..90 ([lng, lat] order)',
    ]);
  });

  it('reports a ring that does not end where it starts', () => {
    expect(messages(checkRings(geometryOf('ring-closed')))).toEqual([
      'geometry.coordinates[0]: ring is not closed: first position [119.9, 28.4] differs from last [119.9, 28.41]; expected them equal',
    ]);
  });

  it('reports a clockwise exterior ring', () => {
    expect(messages(checkWinding(geometryOf('winding')))).toEqual([
      'geometry.coordinates[0]: exterior ring is clockwise; expected counter-clockwise (RFC 7946)',
    ]);
  });

  it('reports a polygon whose edges cross', () => {
    expect(messages(checkSelfIntersections(geometryOf('self-intersection')))).toEqual([
      'geometry.coordinates: 1 self-intersection, first at [119.91, 28.41]; expected a simple polygon',
    ]);
  });
});
