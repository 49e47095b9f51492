/**
 * The import gate: takes any parsed value (unknown) and either returns a
 * FeatureCollection ready to draw with notes on what was changed or ignored,
 * or lists every problem with where it is (feature index and name, path
 * inside the feature, what was found). Pure and total: it never throws.
 *
 * Follows RFC 7946: features with `"geometry": null` are unlocated and
 * skipped (with a note), `properties` may be absent, ring winding is
 * corrected rather than refused, `bbox` and foreign members are ignored.
 * Refused: malformed structure, empty coordinates, out-of-range positions,
 * unclosed or self-crossing rings, an object `id`, a `bbox` of non-numbers,
 * and anything past the stated limits.
 */
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Position } from 'geojson';
import {
  MAX_FEATURES,
  MAX_LISTED_PROBLEMS,
  MAX_SEGMENT_COMPARISONS,
  MAX_VERTICES,
  type ImportProblem,
  type ImportWarning,
} from './import-problem';
import { findRingCrossing } from './self-intersection';
import { featureLabel } from './user-map-features';
import { isRecord } from '@/lib/is-record';

export type ImportValidation =
  | {
      ok: true;
      featureCollection: FeatureCollection;
      vertexCount: number;
      warnings: ImportWarning[];
    }
  | { ok: false; problems: ImportProblem[]; problemCount: number };

const GEOMETRY_DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};
const FEATURE_MEMBERS = new Set(['type', 'id', 'geometry', 'properties', 'bbox']);
const COLLECTION_MEMBERS = new Set(['type', 'features', 'bbox']);

/** A short text form of an untrusted value for a message ("found …"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Collects problems: keeps the first MAX_LISTED_PROBLEMS, counts them all. */
class ProblemList {
  readonly listed: ImportProblem[] = [];
  count = 0;
  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }
}

interface FeatureContext {
  problems: ProblemList;
  where: Pick<ImportProblem, 'featureIndex' | 'featureName'>;
  altitudes: number;
  windingFixed: number;
  /** Polygons (rings) to check for crossings once the structure is sound. */
  polygons: Array<{ rings: Position[][]; path: string }>;
}

/** Counts positions (arrays starting with a number) up to `limit`, without recursion. */
function countPositions(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      if (item.length > 0 && typeof item[0] === 'number') count += 1;
      else for (const child of item) stack.push(child);
    } else if (isRecord(item)) {
      if (Array.isArray(item.geometries)) for (const child of item.geometries) stack.push(child);
      else stack.push(item.coordinates);
    }
  }
  return count;
}

/** Shoelace sum: positive for a counter-clockwise ring in [lng, lat]. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 1; index < ring.length; index += 1) {
    const previous = ring[index - 1]!;
    const current = ring[index]!;
    sum += (current[0]! - previous[0]!) * (current[1]! + previous[1]!);
  }
  return -sum;
}

function normalisePosition(value: unknown, path: string, context: FeatureContext): Position | null {
  const { problems, where } = context;
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    !value.every((item) => typeof item === 'number' && Number.isFinite(item))
  ) {
    problems.add({ code: 'position-invalid', ...where, field: path, found: describeValue(value) });
    return null;
  }
  const [lng, lat] = value as number[];
  let ok = true;
  if (lng! < -180 || lng! > 180) {
    problems.add({ code: 'longitude-range', ...where, field: path, found: String(lng) });
    ok = false;
  }
  if (lat! < -90 || lat! > 90) {
    problems.add({ code: 'latitude-range', ...where, field: path, found: String(lat) });
    ok = false;
  }
  if (!ok) return null;
  if (value.length > 2) context.altitudes += 1;
  return [lng!, lat!];
}

/** Arrays nested `depth` deep down to positions; null when anything inside is wrong. */
function normaliseCoordinates(
  value: unknown,
  depth: number,
  path: string,
  context: FeatureContext,
): unknown {
  if (depth === 0) return normalisePosition(value, path, context);
  if (!Array.isArray(value)) {
    context.problems.add({
      code: 'coordinates-not-array',
      ...context.where,
      field: path,
      found: describeValue(value),
    });
    return null;
  }
  let ok = true;
  const children = value.map((child, index) => {
    const normalised = normaliseCoordinates(child, depth - 1, `${path}[${index}]`, context);
    if (normalised === null) ok = false;
    return normalised;
  });
  return ok ? children : null;
}

function checkLine(line: Position[], path: string, context: FeatureContext): boolean {
  if (line.length >= 2) return true;
  context.problems.add({
    code: 'too-few-positions',
    ...context.where,
    field: path,
    found: String(line.length),
    detail: '2',
  });
  return false;
}

/** Checks ring sizes and closure, corrects winding; returns the rings or null. */
function checkPolygon(
  rings: Position[][],
  path: string,
  context: FeatureContext,
): Position[][] | null {
  const { problems, where } = context;
  if (rings.length === 0) {
    problems.add({ code: 'coordinates-empty', ...where, field: path });
    return null;
  }
  let ok = true;
  const corrected = rings.map((ring, index) => {
    const ringPath = `${path}[${index}]`;
    if (ring.length < 4) {
      problems.add({
        code: 'too-few-positions',
        ...where,
        field: ringPath,
        found: String(ring.length),
        detail: '4',
      });
      ok = false;
      return ring;
    }
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      problems.add({
        code: 'ring-closed',
        ...where,
        field: ringPath,
        found: `${describeValue(first)} … ${describeValue(last)}`,
      });
      ok = false;
      return ring;
    }
    const counterClockwise = signedArea(ring) > 0;
    if ((index === 0) !== counterClockwise) {
      context.windingFixed += 1;
      return [...ring].reverse();
    }
    return ring;
  });
  if (!ok) return null;
  context.polygons.push({ rings: corrected, path });
  return corrected;
}

function normaliseGeometry(value: unknown, path: string, context: FeatureContext): Geometry | null {
  const { problems, where } = context;
  if (!isRecord(value)) {
    problems.add({
      code: 'geometry-not-object',
      ...where,
      field: path,
      found: describeValue(value),
    });
    return null;
  }
  if (value.type === 'GeometryCollection') {
    if (!Array.isArray(value.geometries)) {
      problems.add({
        code: 'coordinates-not-array',
        ...where,
        field: `${path}.geometries`,
        found: describeValue(value.geometries),
      });
      return null;
    }
    if (value.geometries.length === 0) {
      problems.add({ code: 'coordinates-empty', ...where, field: `${path}.geometries` });
      return null;
    }
    const geometries = value.geometries.map((child, index) =>
      normaliseGeometry(child, `${path}.geometries[${index}]`, context),
    );
    return geometries.every((child) => child !== null)
      ? { type: 'GeometryCollection', geometries: geometries as Geometry[] }
      : null;
  }
  const type = typeof value.type === 'string' ? value.type : '';
  const depth = GEOMETRY_DEPTH[type];
  if (depth === undefined) {
    problems.add({
      code: 'geometry-type',
      ...where,
      field: `${path}.type`,
      found: describeValue(value.type),
    });
    return null;
  }
  const coordinatesPath = `${path}.coordinates`;
  if (depth > 0 && Array.isArray(value.coordinates) && value.coordinates.length === 0) {
    problems.add({ code: 'coordinates-empty', ...where, field: coordinatesPath });
    return null;
  }
  const coordinates = normaliseCoordinates(value.coordinates, depth, coordinatesPath, context);
  if (coordinates === null) return null;
  switch (type) {
    case 'Point':
      return { type, coordinates: coordinates as Position };
    case 'MultiPoint':
      return { type, coordinates: coordinates as Position[] };
    case 'LineString':
      return checkLine(coordinates as Position[], coordinatesPath, context)
        ? { type, coordinates: coordinates as Position[] }
        : null;
    case 'MultiLineString': {
      const lines = coordinates as Position[][];
      const ok = lines
        .map((line, index) => checkLine(line, `${coordinatesPath}[${index}]`, context))
        .every(Boolean);
      return ok ? { type, coordinates: lines } : null;
    }
    case 'Polygon': {
      const rings = checkPolygon(coordinates as Position[][], coordinatesPath, context);
      return rings ? { type, coordinates: rings } : null;
    }
    default: {
      const polygons = (coordinates as Position[][][]).map((rings, index) =>
        checkPolygon(rings, `${coordinatesPath}[${index}]`, context),
      );
      return polygons.every((rings) => rings !== null)
        ? { type: 'MultiPolygon', coordinates: polygons as Position[][][] }
        : null;
    }
  }
}

const isValidBbox = (value: unknown): boolean =>
  Array.isArray(value) &&
  (value.length === 4 || value.length === 6) &&
  value.every((item) => typeof item === 'number' && Number.isFinite(item));

interface Notes {
  unlocated: Array<{ featureIndex: number; featureName?: string }>;
  unlocatedCount: number;
  foreignMembers: Set<string>;
  bboxes: number;
  altitudes: number;
  windingFixed: number;
}

function checkFeature(
  feature: unknown,
  featureIndex: number,
  problems: ProblemList,
  notes: Notes,
  budget: { comparisons: number },
): Feature | null {
  if (!isRecord(feature) || feature.type !== 'Feature') {
    problems.add({
      code: 'not-object',
      featureIndex,
      found: describeValue(isRecord(feature) ? feature.type : feature),
    });
    return null;
  }
  let properties: GeoJsonProperties = {};
  if (isRecord(feature.properties)) properties = feature.properties;
  else if (feature.properties !== undefined && feature.properties !== null)
    problems.add({
      code: 'bad-properties',
      featureIndex,
      field: 'properties',
      found: describeValue(feature.properties),
    });
  const featureName = featureLabel(properties) || undefined;
  const where = featureName === undefined ? { featureIndex } : { featureIndex, featureName };
  const before = problems.count;
  const id = feature.id;
  if (
    id !== undefined &&
    typeof id !== 'string' &&
    !(typeof id === 'number' && Number.isFinite(id))
  )
    problems.add({ code: 'bad-id', ...where, field: 'id', found: describeValue(id) });
  if (feature.bbox !== undefined) {
    if (isValidBbox(feature.bbox)) notes.bboxes += 1;
    else
      problems.add({
        code: 'bad-bbox',
        ...where,
        field: 'bbox',
        found: describeValue(feature.bbox),
      });
  }
  for (const key of Object.keys(feature))
    if (!FEATURE_MEMBERS.has(key)) notes.foreignMembers.add(key);
  if (feature.geometry === null || feature.geometry === undefined) {
    notes.unlocatedCount += 1;
    if (notes.unlocated.length < MAX_LISTED_PROBLEMS) notes.unlocated.push(where);
    return null;
  }
  const context: FeatureContext = { problems, where, altitudes: 0, windingFixed: 0, polygons: [] };
  const geometry = normaliseGeometry(feature.geometry, 'geometry', context);
  if (geometry === null || problems.count > before) return null;
  for (const { rings, path } of context.polygons) {
    const result = findRingCrossing(rings, budget);
    if (!result.ok) {
      problems.add({
        code: 'too-complex',
        ...where,
        field: path,
        detail: String(MAX_SEGMENT_COMPARISONS),
      });
      return null;
    }
    if (result.crossing) {
      problems.add({
        code: 'self-intersection',
        ...where,
        field: path,
        found: `[${result.crossing.map((value) => value.toFixed(6)).join(', ')}]`,
      });
      return null;
    }
  }
  notes.altitudes += context.altitudes;
  notes.windingFixed += context.windingFixed;
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id: id as string | number }),
    properties,
    geometry,
  };
}

function failure(problems: ImportProblem[], problemCount = problems.length): ImportValidation {
  return { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount };
}

function warningsOf(notes: Notes): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (notes.unlocatedCount > 0)
    warnings.push({
      code: 'unlocated-skipped',
      count: notes.unlocatedCount,
      features: notes.unlocated,
    });
  if (notes.windingFixed > 0)
    warnings.push({ code: 'winding-corrected', count: notes.windingFixed });
  if (notes.foreignMembers.size > 0)
    warnings.push({
      code: 'foreign-members-ignored',
      count: notes.foreignMembers.size,
      detail: [...notes.foreignMembers].slice(0, 8).join(', ').slice(0, 200),
    });
  if (notes.bboxes > 0) warnings.push({ code: 'bbox-ignored', count: notes.bboxes });
  if (notes.altitudes > 0) warnings.push({ code: 'altitude-dropped', count: notes.altitudes });
  return warnings;
}

function validateUnsafe(value: unknown): ImportValidation {
  if (!isRecord(value) || typeof value.type !== 'string') {
    return failure([
      { code: 'not-geojson', found: describeValue(isRecord(value) ? value.type : value) },
    ]);
  }
  const notes: Notes = {
    unlocated: [],
    unlocatedCount: 0,
    foreignMembers: new Set(),
    bboxes: 0,
    altitudes: 0,
    windingFixed: 0,
  };
  let features: unknown[];
  if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) {
      return failure([
        { code: 'features-not-array', field: 'features', found: describeValue(value.features) },
      ]);
    }
    if (value.bbox !== undefined) {
      if (!isValidBbox(value.bbox))
        return failure([{ code: 'bad-bbox', field: 'bbox', found: describeValue(value.bbox) }]);
      notes.bboxes += 1;
    }
    for (const key of Object.keys(value))
      if (!COLLECTION_MEMBERS.has(key)) notes.foreignMembers.add(key);
    features = value.features;
  } else if (value.type === 'Feature') {
    features = [value];
  } else if (value.type in GEOMETRY_DEPTH || value.type === 'GeometryCollection') {
    features = [{ type: 'Feature', properties: {}, geometry: value }];
  } else {
    return failure([{ code: 'not-geojson', field: 'type', found: describeValue(value.type) }]);
  }
  if (features.length === 0) return failure([{ code: 'no-features' }]);
  if (features.length > MAX_FEATURES) {
    return failure([
      { code: 'too-many-features', found: String(features.length), detail: String(MAX_FEATURES) },
    ]);
  }
  let vertexCount = 0;
  for (const feature of features) {
    if (isRecord(feature))
      vertexCount += countPositions(feature.geometry, MAX_VERTICES - vertexCount);
    if (vertexCount > MAX_VERTICES) {
      return failure([
        { code: 'too-many-vertices', found: `> ${MAX_VERTICES}`, detail: String(MAX_VERTICES) },
      ]);
    }
  }
  const problems = new ProblemList();
  const budget = { comparisons: MAX_SEGMENT_COMPARISONS };
  const accepted: Feature[] = [];
  for (let index = 0; index < features.length; index += 1) {
    const feature = checkFeature(features[index], index, problems, notes, budget);
    if (feature) accepted.push(feature);
    if (budget.comparisons < 0) break;
  }
  if (problems.count > 0) return failure(problems.listed, problems.count);
  if (accepted.length === 0) {
    return failure([{ code: 'no-located-features', found: String(notes.unlocatedCount) }]);
  }
  return {
    ok: true,
    featureCollection: { type: 'FeatureCollection', features: accepted },
    vertexCount,
    warnings: warningsOf(notes),
  };
}

/** Validates a parsed GeoJSON value ([lng, lat] WGS-84 degrees expected); never throws. */
export function validateGeoJsonDocument(value: unknown): ImportValidation {
  try {
    return validateUnsafe(value);
  } catch (error) {
    return failure([
      {
        code: 'structure',
        detail: error instanceof Error ? error.message.slice(0, 160) : String(error),
      },
    ]);
  }
}
