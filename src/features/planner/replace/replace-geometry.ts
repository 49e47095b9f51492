/**
 * A planner's correction: put an official geometry on a plan feature and
 * give back the whole corrected layer file, ready to commit to geodata/.
 * Pure; the layer file is read as untrusted JSON.
 */
import { rewind } from '@turf/rewind';
import type { Geometry } from 'geojson';
import { featureCollectionText } from '@/lib/geojson-text';
import { err, ok, type Result } from '@/lib/result';
import { isRecord } from '@/lib/is-record';

const ROUND = 1e6;

function roundGeometry(geometry: Geometry): Geometry {
  const round = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(round)
      : typeof value === 'number'
        ? Math.round(value * ROUND) / ROUND
        : value;
  return {
    ...geometry,
    coordinates: round((geometry as { coordinates: unknown }).coordinates),
  } as Geometry;
}

/** Which geometry types may stand in for a feature drawn as `current`. */
function compatible(current: Geometry | null, next: Geometry): boolean {
  const family = (type: string) =>
    type.includes('Polygon') ? 'area' : type.includes('LineString') ? 'line' : 'point';
  return current === null || family(current.type) === family(next.type);
}

export interface Replacement {
  /** The layer file as text, one feature per line (as `npm run geodata` writes it). */
  text: string;
  featureName: string;
}

/**
 * Replaces feature `featureId`'s geometry in a layer FeatureCollection with
 * `geometry` ([lng, lat], WGS-84), marks it official, drops its recipe and
 * records where it came from (`sourceLabel`, e.g. the file name).
 */
export function replacePlanGeometry(
  layer: unknown,
  featureId: string,
  geometry: Geometry,
  sourceLabel: string,
  date: string,
): Result<Replacement> {
  if (!isRecord(layer) || layer.type !== 'FeatureCollection' || !Array.isArray(layer.features)) {
    return err('the layer file is not a GeoJSON FeatureCollection');
  }
  const index = layer.features.findIndex(
    (feature: unknown) =>
      isRecord(feature) && isRecord(feature.properties) && feature.properties.id === featureId,
  );
  if (index < 0) return err(`feature "${featureId}" is not in this layer file`);
  const feature = layer.features[index] as {
    properties: Record<string, unknown>;
    geometry: Geometry | null;
  };
  if (!compatible(feature.geometry, geometry)) {
    return err(
      `a ${geometry.type} cannot replace the ${feature.geometry?.type ?? 'missing'} geometry of "${featureId}"`,
    );
  }
  // An official geometry is no longer drawn from a recipe.
  const properties = Object.fromEntries(
    Object.entries(feature.properties).filter(([key]) => key !== 'recipe'),
  );
  const wound = geometry.type.includes('Polygon')
    ? (rewind(geometry, { reverse: false }) as Geometry)
    : geometry;
  const corrected = {
    type: 'Feature',
    properties: {
      ...properties,
      geometryQuality: 'official',
      geometryMethod: `Official geometry from ${sourceLabel}, imported ${date}`,
      geometryMethodZh: `来自 ${sourceLabel} 的官方边界，${date} 导入`,
    },
    geometry: roundGeometry(wound),
  };
  const features = layer.features.map((other: unknown, position: number) =>
    position === index ? corrected : other,
  );
  return ok({
    text: featureCollectionText(features),
    featureName: String(properties.name ?? featureId),
  });
}
