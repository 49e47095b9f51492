/**
 * A small Web-Mercator projection for static site maps drawn as SVG, so a
 * dossier needs no WebGL. Positions are [lng, lat] in degrees (WGS-84);
 * output is [x, y] in pixels with y growing downwards.
 */
import type { Geometry, Position } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Spherical Web-Mercator of [lng, lat] in degrees → unitless [x, y] (y up). */
export function mercator([lng, lat]: Position): [number, number] {
  const clampedLat = Math.max(-85, Math.min(85, lat!));
  return [(lng! * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + (clampedLat * Math.PI) / 360))];
}

export interface Projection {
  (position: Position): [number, number];
  /** Pixels per unit of mercator x (to size scale bars). */
  scale: number;
}

/**
 * Fits bounds into width × height pixels (keeping the aspect ratio, centred,
 * with `padding` pixels on every side) and returns the projection.
 */
export function fitProjection(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 0,
): Projection {
  const [minX, minY] = mercator([bounds[0], bounds[1]]);
  const [maxX, maxY] = mercator([bounds[2], bounds[3]]);
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = ((position: Position) => {
    const [x, y] = mercator(position);
    return [offsetX + (x - minX) * scale, offsetY + (maxY - y) * scale];
  }) as Projection;
  project.scale = scale;
  return project;
}

/** Bounds grown by a fraction of their size on every side (at least `minimumDegrees`). */
export function padBounds(bounds: Bounds, fraction: number, minimumDegrees = 0.02): Bounds {
  const padX = Math.max((bounds[2] - bounds[0]) * fraction, minimumDegrees);
  const padY = Math.max((bounds[3] - bounds[1]) * fraction, minimumDegrees);
  return [bounds[0] - padX, bounds[1] - padY, bounds[2] + padX, bounds[3] + padY];
}

/** Union of bounds (null when none). */
export function unionBounds(list: Array<Bounds | null>): Bounds | null {
  let result: Bounds | null = null;
  for (const bounds of list) {
    if (!bounds) continue;
    result = result
      ? [
          Math.min(result[0], bounds[0]),
          Math.min(result[1], bounds[1]),
          Math.max(result[2], bounds[2]),
          Math.max(result[3], bounds[3]),
        ]
      : [...bounds];
  }
  return result;
}

const round = (value: number) => Math.round(value * 10) / 10;

function ringPath(ring: Position[], project: Projection, close: boolean): string {
  const parts = ring.map((position, index) => {
    const [x, y] = project(position);
    return `${index === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
  });
  return parts.join('') + (close ? 'Z' : '');
}

/** An SVG path `d` for a polygon or line geometry (points give ""). */
export function geometryPath(geometry: Geometry, project: Projection): string {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => ringPath(ring, project, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates
        .flatMap((polygon) => polygon.map((ring) => ringPath(ring, project, true)))
        .join('');
    case 'LineString':
      return ringPath(geometry.coordinates, project, false);
    case 'MultiLineString':
      return geometry.coordinates.map((line) => ringPath(line, project, false)).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((part) => geometryPath(part, project)).join('');
    default:
      return '';
  }
}

/** Every point position of a geometry (Point / MultiPoint), for markers. */
export function pointPositions(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(pointPositions);
  return [];
}
