/**
 * GeoJSON structure (types, members, positions, ring closure) through the
 * geojson-validation package. It checks structure only; geometry-rules.ts
 * adds ranges, winding and self-intersections.
 */
import geojsonValidation from 'geojson-validation';
import { featureLabel, makeIssue, type Issue } from './issue';
import { isRecord } from '@/lib/is-record';

/** geojson-validation throws on some malformed input (e.g. an empty ring); report that as a problem. */
function trace(check: () => string[]): string[] {
  try {
    return check();
  } catch (error) {
    return [`could not be checked (${error instanceof Error ? error.message : String(error)})`];
  }
}

/**
 * Checks a GeoJSON file: the envelope must be a FeatureCollection, and each
 * feature is checked on its own so the message can name it.
 */
export function checkGeojsonStructure(file: string, value: unknown): Issue[] {
  const rule = 'geojson-structure';
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return [
      makeIssue(
        rule,
        { file },
        undefined,
        'expected a GeoJSON FeatureCollection with a "features" array',
      ),
    ];
  }
  const envelope = { ...value, features: [] };
  const issues = trace(() => geojsonValidation.isFeatureCollection(envelope, true)).map((message) =>
    makeIssue(rule, { file }, undefined, `${message} (geojson-validation)`),
  );
  value.features.forEach((feature: unknown, index) => {
    const id =
      isRecord(feature) && isRecord(feature.properties) ? feature.properties.id : undefined;
    const where = featureLabel(index, id);
    const problems = trace(() =>
      geojsonValidation.isFeatureCollection(
        { type: 'FeatureCollection', features: [feature] },
        true,
      ),
    );
    for (const problem of problems) {
      // geojson-validation prefixes the first problem with the feature's index in the collection we gave it.
      const message = problem.replace(/^at 0: /, '');
      issues.push(makeIssue(rule, { file, where }, undefined, `${message} (geojson-validation)`));
    }
  });
  return issues;
}

/** True when geojson-validation accepts the value as a geometry object. */
export function isStructurallyValidGeometry(geometry: unknown): boolean {
  return trace(() => geojsonValidation.isGeometryObject(geometry, true)).length === 0;
}
