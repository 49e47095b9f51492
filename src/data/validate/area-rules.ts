/**
 * A drawn shape must agree with the size the plan states: where a feature has
 * statedAreaHa and a polygon geometry, turf's geodesic area of the geometry
 * lies within AREA_TOLERANCE of it.
 */
import { area } from '@turf/area';
import type { Geometry } from 'geojson';
import type { FeatureProperties } from '../schema';
import { makeIssue, type Issue, type IssueLocation } from './issue';

/** Allowed relative difference between drawn and stated area (0.25 = 25 %). */
export const AREA_TOLERANCE = 0.25;

const SQUARE_METRES_PER_HECTARE = 10_000;

/** Area of a geometry in hectares. */
export function areaHa(geometry: Geometry): number {
  return area(geometry) / SQUARE_METRES_PER_HECTARE;
}

export function checkStatedArea(
  location: IssueLocation,
  properties: FeatureProperties,
  geometry: Geometry | null,
): Issue[] {
  const stated = properties.statedAreaHa;
  if (stated === undefined || !geometry) return [];
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
  const drawn = areaHa(geometry);
  const difference = Math.abs(drawn - stated) / stated;
  if (difference <= AREA_TOLERANCE) return [];
  return [
    makeIssue(
      'stated-area',
      location,
      'geometry',
      `drawn area ${drawn.toFixed(1)} ha differs from statedAreaHa ${stated} ha by ${(difference * 100).toFixed(0)} %; expected within ${AREA_TOLERANCE * 100} %`,
    ),
  ];
}
