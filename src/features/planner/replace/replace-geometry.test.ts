import path from 'node:path';
import { circle } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { validateGeodata } from '@/data/validate/validate';
import { defaultSeedsDir, readGeodataFiles, readSeeds } from '../../../../scripts/validate';
import { replacePlanGeometry } from './replace-geometry';

const geodataDir = path.resolve('geodata');

describe('replacePlanGeometry', () => {
  const { files } = readGeodataFiles(geodataDir);
  // An "official" outline for 碧湖新城: a clockwise ring of the stated 1642.6 ha at 碧湖.
  const official = circle([119.79, 28.33], Math.sqrt(16.426 / Math.PI), {
    steps: 32,
    units: 'kilometers',
  }).geometry;
  official.coordinates[0]!.reverse();

  it('writes a corrected layer file that npm run validate accepts', () => {
    const result = replacePlanGeometry(
      files['layers/liandu.geojson'],
      'liandu-core-bihu',
      official,
      'bihu-official.geojson',
      '2026-11-23',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const corrected = JSON.parse(result.data.text);
    const feature = corrected.features.find(
      (entry: { properties: { id: string } }) => entry.properties.id === 'liandu-core-bihu',
    );
    expect(feature.properties.geometryQuality).toBe('official');
    expect(feature.properties.recipe).toBeUndefined();
    expect(feature.properties.geometryMethod).toContain('bihu-official.geojson');
    // Not the schematic shape's Chinese method, carried over.
    expect(feature.properties.geometryMethodZh).toBe(
      '来自 bihu-official.geojson 的官方边界，2026-11-23 导入',
    );
    expect(result.data.featureName).toBe('碧湖新城');
    const report = validateGeodata(
      { ...files, 'layers/liandu.geojson': corrected },
      { seeds: readSeeds(defaultSeedsDir()), seedsDir: 'seeds', ci: false },
    );
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('refuses a geometry of another kind and an unknown feature', () => {
    expect(
      replacePlanGeometry(
        files['layers/liandu.geojson'],
        'liandu-core-bihu',
        { type: 'Point', coordinates: [119.79, 28.33] },
        'x',
        'd',
      ),
    ).toEqual({
      ok: false,
      error: 'a Point cannot replace the MultiPolygon geometry of "liandu-core-bihu"',
    });
    expect(replacePlanGeometry(files['layers/liandu.geojson'], 'nope', official, 'x', 'd').ok).toBe(
      false,
    );
    expect(replacePlanGeometry('not a layer', 'nope', official, 'x', 'd').ok).toBe(false);
  });
});
