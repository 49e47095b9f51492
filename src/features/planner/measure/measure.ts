/**
 * Measurements of drawn shapes. Positions are [lng, lat] WGS-84 degrees;
 * results in metres and square metres (Turf, spherical Earth).
 */
import { area } from '@turf/area';
import { length } from '@turf/length';
import { lineString, polygon } from '@turf/helpers';
import type { Feature, FeatureCollection, Position } from 'geojson';

/** 1 亩 (mu), the Chinese land unit planners use: 10 000 / 15 m². */
export const SQUARE_METRES_PER_MU = 10_000 / 15;

export type SketchMode = 'distance' | 'area';

/** Length of a polyline in metres (0 for fewer than two points). */
export function lineLengthMetres(positions: Position[]): number {
  if (positions.length < 2) return 0;
  return length(lineString(positions), { units: 'kilometers' }) * 1000;
}

/** The closed ring of an open list of vertices, or null for fewer than three. */
export function closedRing(positions: Position[]): Position[] | null {
  if (positions.length < 3) return null;
  return [...positions, positions[0]!];
}

/** Area in m² of the polygon through the vertices (closed automatically). */
export function polygonAreaSquareMetres(positions: Position[]): number {
  const ring = closedRing(positions);
  return ring ? area(polygon([ring])) : 0;
}

export interface AreaUnits {
  squareMetres: number;
  hectares: number;
  squareKilometres: number;
  mu: number;
}

export function areaUnits(squareMetres: number): AreaUnits {
  return {
    squareMetres,
    hectares: squareMetres / 10_000,
    squareKilometres: squareMetres / 1_000_000,
    mu: squareMetres / SQUARE_METRES_PER_MU,
  };
}

/**
 * The drawn geometry for the map's sketch layer: the line or polygon and one
 * point per vertex (role "vertex", index) so vertices can be dragged.
 */
export function sketchFeatures(mode: SketchMode, positions: Position[]): FeatureCollection {
  const features: Feature[] = positions.map((position, index) => ({
    type: 'Feature',
    properties: { role: 'vertex', id: `vertex-${index}` },
    geometry: { type: 'Point', coordinates: position },
  }));
  const ring = mode === 'area' ? closedRing(positions) : null;
  if (ring) {
    features.unshift({
      type: 'Feature',
      properties: { role: 'shape' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  } else if (positions.length >= 2) {
    features.unshift({
      type: 'Feature',
      properties: { role: 'shape' },
      geometry: { type: 'LineString', coordinates: positions },
    });
  }
  return { type: 'FeatureCollection', features };
}
