import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { BenchData } from '@/data/bench-urls';
import type { MapData } from '@/data/map-data';
import { SYSTEMS } from '@/data/systems';
import { buildBasemap } from './basemaps';
import { buildPlanLayers } from './layers';
import { SHAPE_TILE_BUFFER_PX, SHAPE_TOLERANCE_PX } from './shape-source';
import { applyVisibility, buildStyle, type StyleOptions } from './style';

const empty: MapData['counties'] & MapData['labels'] = {
  type: 'FeatureCollection',
  features: [],
};
const mapData: MapData = {
  neighbours: empty,
  counties: empty,
  outline: empty,
  plan: empty,
  labels: empty,
};

/** The offline Chinese style of `data`, with the given options changed. */
const styleOf = (data: MapData, options: Partial<StyleOptions> = {}) =>
  buildStyle(data, {
    language: 'zh',
    basemap: 'none',
    tiandituToken: null,
    visibleLayers: null,
    ...options,
  });

const errorsOf = (style: unknown) => validateStyleMin(style as never).map((error) => error.message);

describe('style builders', () => {
  it.each(['zh', 'en'] as const)(
    'build a valid offline style in %s with no glyph or tile server',
    (language) => {
      const style = styleOf(mapData, { language });
      expect(errorsOf(style)).toEqual([]);
      expect(style.glyphs).toBeUndefined();
      // No paint transitions: each one redraws the whole map for 300 ms after any change.
      expect(style.transition).toEqual({ duration: 0, delay: 0 });
      expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    },
  );

  it('builds valid styles with each online basemap under the overlays', () => {
    for (const basemap of ['osm', 'tianditu-vec', 'tianditu-img'] as const) {
      const style = buildStyle(mapData, {
        language: 'en',
        basemap,
        tiandituToken: 'key',
        visibleLayers: null,
      });
      expect(errorsOf(style)).toEqual([]);
      const ids = style.layers.map((layer) => layer.id);
      expect(ids.indexOf('basemap:raster')).toBeLessThan(ids.indexOf('counties:fill'));
    }
  });

  it('leaves Tianditu out without a token, and uses the English annotation in English', () => {
    expect(buildBasemap('tianditu-vec', 'zh', null).layers).toEqual([]);
    const english = buildBasemap('tianditu-vec', 'en', 'k');
    expect(JSON.stringify(english.sources)).toContain('LAYER=eva');
  });

  it('draws schematic outlines dashed and keeps every plan layer to its own system', () => {
    for (const system of SYSTEMS) {
      const layers = buildPlanLayers(system, 'areas', 'zh');
      const outline = layers.find((layer) => layer.id.endsWith(':outline'));
      expect(JSON.stringify(outline)).toContain('line-dasharray');
      for (const layer of layers) {
        expect((layer as { filter: unknown }).filter).toContainEqual([
          '==',
          ['get', 'system'],
          system,
        ]);
      }
    }
  });

  it('draws every shape from one source (one set of clipping masks a frame), every label from another', () => {
    const style = styleOf(mapData);
    const clipped = style.layers.filter(
      (layer) => layer.type === 'fill' || layer.type === 'line' || layer.type === 'circle',
    );
    expect(clipped.length).toBeGreaterThan(20);
    // A fill drawn without its antialiasing edge always has an outline layer over it.
    const ids = new Set(style.layers.map((layer) => layer.id));
    const bareFills = clipped.filter(
      (layer) => layer.type === 'fill' && layer.paint?.['fill-antialias'] === false,
    );
    expect(bareFills.length).toBeGreaterThan(10);
    for (const fill of bareFills) expect(ids).toContain(fill.id.replace(/:fill$/, ':outline'));
    // And every label from one source, so a language switch reloads one source.
    const labels = style.layers.filter((layer) => layer.type === 'symbol');
    expect(new Set(labels.map((layer) => (layer as { source: string }).source))).toEqual(
      new Set(['labels']),
    );
    expect(new Set(clipped.map((layer) => (layer as { source: string }).source))).toEqual(
      new Set(['shapes']),
    );
  });

  it('places county names before plan labels (MapLibre places the topmost symbol layer first)', () => {
    const symbols = styleOf(mapData)
      .layers.filter((layer) => layer.type === 'symbol')
      .map((layer) => layer.id);
    const planLabels = symbols.filter((id) => !/^(counties|neighbours):/.test(id));
    expect(planLabels.length).toBeGreaterThan(10);
    expect(symbols.at(-1)).toBe('counties:label');
  });

  it('simplifies shapes to a pixel and keeps a tile buffer wider than any stroke or circle', () => {
    const style = styleOf(mapData);
    expect(style.sources.shapes).toMatchObject({
      tolerance: SHAPE_TOLERANCE_PX,
      buffer: SHAPE_TILE_BUFFER_PX,
    });
    // Every number in a width or radius expression is an upper bound on the size drawn.
    const numbersIn = (value: unknown): number[] =>
      typeof value === 'number' ? [value] : Array.isArray(value) ? value.flatMap(numbersIn) : [];
    const sizes = style.layers.flatMap((layer) => {
      const paint = (layer.paint ?? {}) as Record<string, unknown>;
      return ['line-width', 'circle-radius', 'circle-stroke-width'].flatMap((key) =>
        numbersIn(paint[key]),
      );
    });
    expect(sizes.length).toBeGreaterThan(20);
    // A stroke may stick out half its width past a tile edge, a circle its radius plus stroke.
    expect(Math.max(...sizes) * 2).toBeLessThan(SHAPE_TILE_BUFFER_PX);
  });

  it('hides the style layers of hidden thematic layers only', () => {
    const style = styleOf(mapData, { visibleLayers: new Set(['counties', 'liandu-areas']) });
    const visibility = (id: string) =>
      (style.layers.find((layer) => layer.id === id)?.layout as { visibility?: string } | undefined)
        ?.visibility;
    expect(visibility('counties:fill')).toBe('visible');
    expect(visibility('liandu-areas:fill')).toBe('visible');
    expect(visibility('jinyun-areas:fill')).toBe('none');
    expect(visibility('neighbours:fill')).toBe('none');
    expect(applyVisibility(style.layers, null)).toBe(style.layers);
  });
});

describe('benchmark layers', () => {
  it('add a clustered point source and polygons that stay visible and valid', () => {
    const point = {
      type: 'Feature' as const,
      properties: { id: 'synthetic-p1', name: 'p', synthetic: true },
      geometry: { type: 'Point' as const, coordinates: [119.9, 28.4] },
    };
    const polygon = {
      type: 'Feature' as const,
      properties: { id: 'synthetic-a1', name: 'a', synthetic: true },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [119.9, 28.4],
            [119.91, 28.4],
            [119.91, 28.41],
            [119.9, 28.4],
          ],
        ],
      },
    };
    const bench = {
      points: { type: 'FeatureCollection' as const, features: [point] },
      polygons: { type: 'FeatureCollection' as const, features: [polygon] },
    } as unknown as BenchData;
    const style = styleOf({ ...mapData, bench }, { visibleLayers: new Set() });
    expect(errorsOf(style)).toEqual([]);
    expect(style.sources['bench-points']).toMatchObject({ type: 'geojson', cluster: true });
    expect(style.sources['bench-polygons']).toMatchObject({ tolerance: SHAPE_TOLERANCE_PX });
    const benchLayers = style.layers.filter((layer) => layer.id.startsWith('bench-'));
    expect(benchLayers.map((layer) => layer.id)).toEqual([
      'bench-polygons:fill',
      'bench-polygons:outline',
      'bench-points:cluster',
      'bench-points:count',
      'bench-points:point',
    ]);
    for (const layer of benchLayers) expect(layer.layout?.visibility).not.toBe('none');
  });

  it('leave out an empty part (no empty polygon source between the shape layers)', () => {
    const bench = {
      points: { type: 'FeatureCollection' as const, features: [] },
      polygons: { type: 'FeatureCollection' as const, features: [] },
    } as unknown as BenchData;
    const style = styleOf({ ...mapData, bench });
    expect(Object.keys(style.sources).filter((id) => id.startsWith('bench-'))).toEqual([]);
    expect(style.layers.some((layer) => layer.id.startsWith('bench-'))).toBe(false);
  });

  it('are absent without benchmark data', () => {
    const style = styleOf(mapData);
    expect(style.layers.some((layer) => layer.id.startsWith('bench-'))).toBe(false);
  });
});

describe('context layers (rivers, seats, towns)', () => {
  const ids = (style: ReturnType<typeof styleOf>) => style.layers.map((layer) => layer.id);

  it('draw rivers under every plan layer and place names under every plan label', () => {
    const style = styleOf(mapData);
    const order = ids(style);
    const firstPlan = order.findIndex((id) => id.startsWith('corridor-'));
    const firstPlanLabel = order.findIndex((id) => /^[a-z]+-[a-z]+:label$/.test(id));
    expect(order.indexOf('water:line')).toBeGreaterThan(order.indexOf('counties:outline'));
    expect(order.indexOf('water:line')).toBeLessThan(firstPlan);
    for (const id of [
      'places:circle',
      'towns:circle',
      'places:label',
      'towns:label',
      'water:label',
    ])
      expect(order.indexOf(id), id).toBeLessThan(firstPlanLabel);
  });

  it('stay visible whichever thematic layers a tour shows, and are hidden over an online basemap', () => {
    const style = styleOf(mapData, { visibleLayers: new Set(['liandu-areas']) });
    for (const layer of style.layers.filter((layer) => /^(water|places|towns):/.test(layer.id)))
      expect(layer.layout?.visibility, layer.id).not.toBe('none');
    const online = buildStyle(mapData, {
      language: 'zh',
      basemap: 'osm',
      tiandituToken: null,
      visibleLayers: null,
    });
    const water = online.layers.find((layer) => layer.id === 'water:line');
    expect(water?.layout?.visibility).toBe('none');
  });

  it('give main rivers (WDBII level ≤ 3) a wider line than minor ones', () => {
    const water = styleOf(mapData).layers.find((layer) => layer.id === 'water:line');
    expect(JSON.stringify(water?.paint)).toContain('["<=",["get","level"],3]');
  });
});
