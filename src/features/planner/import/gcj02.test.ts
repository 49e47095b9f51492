import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import type { FeatureCollection, LineString, Polygon } from 'geojson';
import { distance } from '@turf/turf';
import { boundaryLines, detectGcj02, gcj02ToWgs84, SegmentIndex } from './gcj02';

const counties = JSON.parse(
  readFileSync(
    new URL('../../../../geodata/boundaries/lishui-counties.geojson', import.meta.url),
    'utf8',
  ),
) as FeatureCollection<Polygon>;
const index = new SegmentIndex(boundaryLines(counties));

/** A stretch of the first county's real boundary, as a planner's traced line. */
function tracedBoundary(): FeatureCollection<LineString> {
  const ring = boundaryLines(counties)[0]!;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'boundary' },
        geometry: { type: 'LineString', coordinates: ring.slice(0, Math.min(ring.length, 400)) },
      },
    ],
  };
}

describe('GCJ-02', () => {
  it('converts a clone to WGS-84 and leaves the input alone', () => {
    const wgs: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [119.92, 28.45] },
        },
      ],
    };
    const gcj = structuredClone(wgs);
    gcoord.transform(gcj as never, gcoord.WGS84, gcoord.GCJ02);
    const before = JSON.stringify(gcj);
    const back = gcj02ToWgs84(gcj);
    expect(JSON.stringify(gcj)).toBe(before);
    const [lng, lat] = (back.features[0]!.geometry as GeoJSON.Point).coordinates as [
      number,
      number,
    ];
    expect(distance([lng, lat], [119.92, 28.45], { units: 'meters' })).toBeLessThan(2);
    // The GCJ-02 shift in Lishui is a few hundred metres.
    const [gcjLng, gcjLat] = (gcj.features[0]!.geometry as GeoJSON.Point).coordinates as [
      number,
      number,
    ];
    const shift = distance([gcjLng, gcjLat], [119.92, 28.45], { units: 'meters' });
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(700);
  });

  it('suggests GCJ-02 for a county boundary traced on a Chinese web map', () => {
    const gcj = structuredClone(tracedBoundary());
    gcoord.transform(gcj as never, gcoord.WGS84, gcoord.GCJ02);
    const evidence = detectGcj02(gcj, index);
    expect(evidence.suggest).toBe(true);
    expect(evidence.medianConvertedMetres).toBeLessThan(evidence.medianAsImportedMetres / 2);
  });

  it('does not suggest it for WGS-84 data on the boundary', () => {
    expect(detectGcj02(tracedBoundary(), index).suggest).toBe(false);
  });

  it('gives no verdict for points far from any boundary', () => {
    const far: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [100, 30] } },
      ],
    };
    expect(detectGcj02(far, index)).toMatchObject({ suggest: false, sampleCount: 0 });
  });
});
