/**
 * Sources and layers for synthetic benchmark data (`?bench-data=`): enterprise
 * points in a clustered source (one circle per cluster at low zoom, with its
 * count) and extra polygons. Present in the style only when such data is
 * loaded; never part of the app's real layers.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { BenchData } from '@/data/bench-urls';
import { shapeSource } from './shape-source';
import { FONT_STACK } from './theme';

export const BENCH_SOURCE = {
  points: 'bench-points',
  polygons: 'bench-polygons',
} as const;

const SYNTHETIC_COLOUR = '#7c3aed';

/**
 * Only the parts that have features: an empty polygon source between the
 * shape layers would still cost two extra sets of tile clipping masks a frame.
 */
export function buildBenchSources(bench: BenchData): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {};
  if (bench.points.features.length > 0) {
    sources[BENCH_SOURCE.points] = {
      type: 'geojson',
      data: bench.points,
      cluster: true,
      clusterRadius: 50,
      clusterMaxZoom: 14,
    };
  }
  if (bench.polygons.features.length > 0) {
    sources[BENCH_SOURCE.polygons] = shapeSource(bench.polygons);
  }
  return sources;
}

/** Polygons go under the plan layers; points and clusters above everything (each if present). */
export function buildBenchLayers(bench: BenchData): {
  polygons: LayerSpecification[];
  points: LayerSpecification[];
} {
  const layers: { polygons: LayerSpecification[]; points: LayerSpecification[] } = {
    polygons: [
      {
        id: 'bench-polygons:fill',
        type: 'fill',
        source: BENCH_SOURCE.polygons,
        paint: { 'fill-color': SYNTHETIC_COLOUR, 'fill-opacity': 0.12 },
      },
      {
        id: 'bench-polygons:outline',
        type: 'line',
        source: BENCH_SOURCE.polygons,
        paint: { 'line-color': SYNTHETIC_COLOUR, 'line-width': 0.6 },
      },
    ],
    points: [
      {
        id: 'bench-points:cluster',
        type: 'circle',
        source: BENCH_SOURCE.points,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': SYNTHETIC_COLOUR,
          'circle-opacity': 0.75,
          'circle-radius': ['step', ['get', 'point_count'], 10, 100, 14, 1000, 18, 10000, 24],
        },
      },
      {
        id: 'bench-points:count',
        type: 'symbol',
        source: BENCH_SOURCE.points,
        filter: ['has', 'point_count'],
        layout: {
          'text-field': ['get', 'point_count_abbreviated'],
          'text-font': [...FONT_STACK],
          'text-size': 11,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: 'bench-points:point',
        type: 'circle',
        source: BENCH_SOURCE.points,
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-color': SYNTHETIC_COLOUR,
          'circle-radius': 3,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ],
  };
  return {
    polygons: bench.polygons.features.length > 0 ? layers.polygons : [],
    points: bench.points.features.length > 0 ? layers.points : [],
  };
}
