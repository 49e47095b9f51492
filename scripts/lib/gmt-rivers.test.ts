import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  joinSegments,
  nameRiversByGeometry,
  parseGmtSegments,
  riversFromGmt,
} from './gmt-rivers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** A few records of `gmt coast -Df -Ia -M` output: two pieces cut at a bin edge, a degenerate one, a tributary. */
const fixture = readFileSync(path.join(here, '../../tests/fixtures/gmt/coast-rivers.txt'), 'utf8');

describe('gmt river output → GeoJSON', () => {
  it('reads levels and [lng, lat] vertices from the multi-segment text', () => {
    const segments = parseGmtSegments(fixture);
    expect(segments.map((segment) => segment.level)).toEqual([3, 3, 3, 4]);
    expect(segments[0]!.points[2]).toEqual([120, 28.3055008774]);
  });

  it('names the line of text it cannot read', () => {
    expect(() => parseGmtSegments('> River Bin # 1, Level 3\n119.5 north\n')).toThrow(/line 2/);
    expect(() => parseGmtSegments('> River Bin # 1\n')).toThrow(/without a level/);
  });

  it('joins the pieces of one river that GMT cut at a bin edge, but not a tributary', () => {
    const joined = joinSegments(parseGmtSegments(fixture).filter((s) => s.points.length > 2));
    expect(joined).toHaveLength(2);
    expect(joined[0]!.points).toHaveLength(5);
    expect(joined[1]!.level).toBe(4);
  });

  it('rounds to 5 decimals, drops degenerate pieces, clips to the box and numbers the lines', () => {
    const rivers = riversFromGmt(fixture, [119.8, 28.0, 120.2, 28.5]);
    expect(rivers.map((river) => river.properties)).toEqual([
      { id: 'river-1', level: 3 },
      { id: 'river-2', level: 4 },
    ]);
    expect(rivers[0]!.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [119.9, 28.4],
        [119.95, 28.35],
        [120, 28.3055],
        [120.05, 28.25],
        [120.1, 28.2],
      ],
    });
    // The tributary leaves the box at its north-east corner.
    expect(rivers[1]!.geometry.coordinates.at(-1)).toEqual([120.2, 28.5]);
  });

  it('names only the line that passes near every given position, and marks the name inferred', () => {
    const rivers = riversFromGmt(fixture, [119.8, 28.0, 120.2, 28.5]);
    const named = nameRiversByGeometry(rivers, {
      name: '瓯江',
      nameEn: 'Ou River',
      passes: [
        [119.9, 28.41],
        [120.1, 28.19],
      ],
      withinKm: 2,
    });
    expect(named).toEqual(['river-1']);
    expect(rivers[0]!.properties).toMatchObject({ name: '瓯江', nameInferred: true });
    expect(rivers[1]!.properties.name).toBeUndefined();
  });
});
