/**
 * A drawn shape must agree with the size the plan states: where a feature has
 * statedAreaHa and a polygon geometry, turf's geodesic area of the geometry
 * lies within AREA_TOLERANCE of it.
 *
 * Only the part inside the feature's county counts (its Lishui or neighbour
 * county, or the Lishui outline for city-wide features; enclaves are not
 * checked for this): a stated size is drawn clipped to the county, so a shape
 * with more than OUTSIDE_TOLERANCE of its area outside the county is
 * reported too.
 */
import { area } from '@turf/area';
import { intersect } from '@turf/intersect';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { FeatureProperties } from '../schema';
import { makeIssue, type Issue, type IssueLocation } from './issue';

/** Allowed relative difference between drawn and stated area (0.25 = 25 %). */
export const AREA_TOLERANCE = 0.25;
/** Share of a stated-size shape that may lie outside its county (rounding of clipped vertices). */
export const OUTSIDE_TOLERANCE = 0.01;

const SQUARE_METRES_PER_HECTARE = 10_000;

type AreaGeometry = Polygon | MultiPolygon;

/** Area of a geometry in hectares. */
export function areaHa(geometry: Geometry): number {
  return area(geometry) / SQUARE_METRES_PER_HECTARE;
}

const asFeature = (geometry: AreaGeometry): Feature<AreaGeometry> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

/** Area (ha) of the part of `geometry` inside `container`. */
export function areaInsideHa(geometry: AreaGeometry, container: AreaGeometry): number {
  const inside = intersect({
    type: 'FeatureCollection',
    features: [asFeature(geometry), asFeature(container)],
  });
  return inside ? areaHa(inside.geometry) : 0;
}

/** The county (or outline) a stated size is counted in, and its name for messages. */
export interface AreaRegion {
  geometry: AreaGeometry;
  name: string;
}

export function checkStatedArea(
  location: IssueLocation,
  properties: FeatureProperties,
  geometry: Geometry | null,
  region: AreaRegion | null = null,
): Issue[] {
  const stated = properties.statedAreaHa;
  if (stated === undefined || !geometry) return [];
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  const issues: Issue[] = [];
  const drawn = areaHa(geometry);
  let counted = drawn;
  if (region) {
    counted = areaInsideHa(geometry, region.geometry);
    const outside = drawn - counted;
    if (outside > drawn * OUTSIDE_TOLERANCE) {
      issues.push(
        makeIssue(
          'stated-area',
          location,
          'geometry',
          `${outside.toFixed(1)} ha of the drawn ${drawn.toFixed(1)} ha lie outside its county ${region.name}; expected the shape clipped to it (only the ${counted.toFixed(1)} ha inside count towards statedAreaHa)`,
        ),
      );
    }
  }
  const difference = Math.abs(counted - stated) / stated;
  if (difference <= AREA_TOLERANCE) return issues;
  const what = counted === drawn ? 'drawn area' : `drawn area inside ${region!.name}`;
  issues.push(
    makeIssue(
      'stated-area',
      location,
      'geometry',
      `${what} ${counted.toFixed(1)} ha differs from statedAreaHa ${stated} ha by ${(difference * 100).toFixed(0)} %; expected within ${AREA_TOLERANCE * 100} %`,
    ),
  );
  return issues;
}
