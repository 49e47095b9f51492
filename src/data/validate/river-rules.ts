/**
 * Rules for the river file: every feature is a line (or lines) of at least
 * two distinct positions, and every position lies inside the box the build
 * clips rivers to (RIVER_BOX). Properties are the schema's job.
 */
import type { Position } from 'geojson';
import { RIVER_BOX } from '../rivers';
import { featureLabel, makeIssue, type Issue } from './issue';
import { isRecord } from '@/lib/is-record';

const [WEST, SOUTH, EAST, NORTH] = RIVER_BOX;

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');

/** The lines of a LineString / MultiLineString geometry, or null for any other geometry. */
function linesOf(geometry: unknown): unknown[][] | null {
  if (!isRecord(geometry) || !Array.isArray(geometry.coordinates)) return null;
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString')
    return geometry.coordinates.map((line) => (Array.isArray(line) ? line : []));
  return null;
}

export function checkRiverFile(file: string, value: unknown): Issue[] {
  const issues: Issue[] = [];
  const features = isRecord(value) && Array.isArray(value.features) ? value.features : [];
  features.forEach((feature: unknown, index) => {
    const properties = isRecord(feature) ? feature.properties : undefined;
    const where = featureLabel(index, isRecord(properties) ? properties.id : undefined);
    const lines = linesOf(isRecord(feature) ? feature.geometry : undefined);
    if (!lines) {
      issues.push(
        makeIssue(
          'river-line',
          { file, where },
          'geometry',
          'expected a LineString or MultiLineString',
        ),
      );
      return;
    }
    lines.forEach((line, lineIndex) => {
      const field =
        lines.length > 1 ? `geometry.coordinates[${lineIndex}]` : 'geometry.coordinates';
      const positions = line.filter(isPosition);
      const distinct = new Set(positions.map((position) => `${position[0]},${position[1]}`));
      if (positions.length !== line.length || distinct.size < 2) {
        issues.push(
          makeIssue(
            'river-line',
            { file, where },
            field,
            `a line needs at least 2 distinct [lng, lat] positions; found ${distinct.size}`,
          ),
        );
      }
      const outside = positions.find(
        ([lng, lat]) => lng! < WEST || lng! > EAST || lat! < SOUTH || lat! > NORTH,
      );
      if (outside) {
        issues.push(
          makeIssue(
            'river-box',
            { file, where },
            field,
            `position [${outside[0]}, ${outside[1]}] lies outside the river box [${RIVER_BOX.join(', ')}]; expected rivers clipped to it (npm run geodata)`,
          ),
        );
      }
    });
  });
  return issues;
}
