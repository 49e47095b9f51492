import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { validateGeodata } from '@/data/validate/validate';
import { defaultSeedsDir, readGeodataFiles, readSeeds } from '../../../../scripts/validate';
import { replacePlanGeometry } from './replace-geometry';

const geodataDir = path.resolve('geodata');

describe('replacePlanGeometry', () => {
  const { files } = readGeodataFiles(geodataDir);
  // An "official" outline for 碧湖新城 that follows the drawn one (so the blocks inside it
  // stay inside), its rings given clockwise for the import to rewind.
  const drawn = (
    files['layers/liandu.geojson'] as { features: Array<Feature<MultiPolygon, { id: string }>> }
  ).features.find((entry) => entry.properties.id === 'liandu-core-bihu')!;
  const official: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: drawn.geometry.coordinates.map((polygon) =>
      polygon.map((ring) => [...ring].reverse()),
    ),
  };

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
