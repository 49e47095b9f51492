/**
 * The import gate: takes any parsed value (unknown) and either returns it as
 * a FeatureCollection ready to draw, or lists every problem with where it is.
 * Pure and total: it never throws, whatever it is given. A valid
 * FeatureCollection comes back unchanged (the same value).
 */
import geojsonValidation from 'geojson-validation';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  checkCoordinateRanges,
  checkRings,
  checkSelfIntersections,
} from '@/data/validate/geometry-rules';
import {
  MAX_FEATURES,
  MAX_LISTED_PROBLEMS,
  MAX_VERTICES,
  type ImportProblem,
} from './import-problem';
import { isRecord } from '@/lib/is-record';

export type ImportValidation =
  | { ok: true; featureCollection: FeatureCollection; vertexCount: number }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * Self-intersection checks are quadratic in ring size; past this budget of
 * segment pairs the file is refused instead of freezing the worker.
 */
const KINKS_BUDGET = 60_000_000;

/** Counts positions (arrays of numbers) up to `limit`, without recursion limits on shape. */
function countPositions(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const item = stack.pop();
    if (!Array.isArray(item)) continue;
    if (item.length > 0 && typeof item[0] === 'number') count += 1;
    else for (const child of item) stack.push(child);
  }
  return count;
}

function geometryCoordinates(geometry: Record<string, unknown>): unknown[] {
  if (geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries)) {
    return geometry.geometries.map((child) => (isRecord(child) ? child.coordinates : undefined));
  }
  return [geometry.coordinates];
}

function ringSizes(geometry: Geometry): number[] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => ring.length);
    case 'MultiPolygon':
      return geometry.coordinates.flat().map((ring) => ring.length);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringSizes);
    default:
      return [];
  }
}

/** geojson-validation throws on some malformed input; that becomes a problem too. */
function structureProblems(feature: unknown): string[] {
  try {
    return geojsonValidation
      .isFeatureCollection({ type: 'FeatureCollection', features: [feature] }, true)
      .map((message) => String(message).replace(/^at 0: /, ''));
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

function checkFeature(
  feature: unknown,
  featureIndex: number,
  budget: { kinks: number },
): ImportProblem[] {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return [{ code: 'not-object', featureIndex }];
  }
  if (feature.geometry === null || feature.geometry === undefined) {
    return [{ code: 'missing-geometry', featureIndex, field: 'geometry' }];
  }
  const problems: ImportProblem[] = [];
  if (
    feature.properties !== undefined &&
    feature.properties !== null &&
    !isRecord(feature.properties)
  ) {
    problems.push({ code: 'bad-properties', featureIndex, field: 'properties' });
  }
  const structure = structureProblems(feature);
  if (structure.length > 0) {
    for (const detail of structure) {
      // Say "ring not closed" in plain words rather than the library's phrase.
      const ring = /linear ?ring|first and last|closed/i.test(detail);
      problems.push({
        code: ring ? 'ring-closed' : 'structure',
        featureIndex,
        field: 'geometry',
        detail,
      });
    }
    return problems;
  }
  const geometry = feature.geometry as Geometry;
  // geojson-validation accepts positions with non-finite numbers or strings in some versions; the range check catches them.
  for (const problem of checkCoordinateRanges(geometry)) {
    problems.push({
      code: 'coordinate-range',
      featureIndex,
      field: problem.field,
      detail: problem.message,
    });
  }
  for (const problem of checkRings(geometry)) {
    problems.push({ code: 'ring-closed', featureIndex, field: problem.field });
  }
  if (problems.length > 0) return problems;
  const cost = ringSizes(geometry).reduce((sum, size) => sum + size * size, 0);
  budget.kinks -= cost;
  if (budget.kinks < 0) {
    return [{ code: 'too-many-vertices', featureIndex, detail: String(MAX_VERTICES) }];
  }
  for (const problem of checkSelfIntersections(geometry)) {
    const point = problem.points?.[0];
    problems.push({
      code: 'self-intersection',
      featureIndex,
      field: problem.field,
      detail: point ? `[${point.map((value) => value.toFixed(6)).join(', ')}]` : undefined,
    });
  }
  return problems;
}

function failure(problems: ImportProblem[]): ImportValidation {
  return {
    ok: false,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    problemCount: problems.length,
  };
}

function validateUnsafe(value: unknown): ImportValidation {
  if (!isRecord(value) || typeof value.type !== 'string') {
    return failure([{ code: 'not-geojson' }]);
  }
  let featureCollection: FeatureCollection;
  if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) {
      return failure([{ code: 'not-geojson', field: 'features' }]);
    }
    featureCollection = value as unknown as FeatureCollection;
  } else if (value.type === 'Feature') {
    featureCollection = { type: 'FeatureCollection', features: [value as unknown as Feature] };
  } else if (GEOMETRY_TYPES.has(value.type)) {
    featureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: value as unknown as Geometry }],
    };
  } else {
    return failure([{ code: 'not-geojson', field: 'type', detail: value.type.slice(0, 60) }]);
  }
  const features: unknown[] = featureCollection.features;
  if (features.length === 0) return failure([{ code: 'no-features' }]);
  if (features.length > MAX_FEATURES) {
    return failure([{ code: 'too-many-features', detail: String(MAX_FEATURES) }]);
  }
  let vertexCount = 0;
  for (const feature of features) {
    if (isRecord(feature) && isRecord(feature.geometry)) {
      vertexCount += countPositions(
        geometryCoordinates(feature.geometry),
        MAX_VERTICES - vertexCount,
      );
      if (vertexCount > MAX_VERTICES) {
        return failure([{ code: 'too-many-vertices', detail: String(MAX_VERTICES) }]);
      }
    }
  }
  const budget = { kinks: KINKS_BUDGET };
  const problems = features.flatMap((feature, index) => checkFeature(feature, index, budget));
  if (problems.length > 0) return failure(problems);
  return { ok: true, featureCollection, vertexCount };
}

/** Validates a parsed GeoJSON value ([lng, lat] WGS-84 degrees expected); never throws. */
export function validateGeoJsonDocument(value: unknown): ImportValidation {
  try {
    return validateUnsafe(value);
  } catch (error) {
    return failure([
      { code: 'structure', detail: error instanceof Error ? error.message : String(error) },
    ]);
  }
}
