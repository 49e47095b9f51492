/**
 * Style layers for the planner overlays: the user's own layers (imported
 * files, candidate sites) and the sketch being drawn. Pure builders; hover,
 * selection and dimming are feature-state like the plan layers.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCE } from './ids';
import { FONT_STACK } from './theme';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const colour: ExpressionSpecification = ['coalesce', ['get', 'color'], '#7c3aed'];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

export const SKETCH_VERTEX_LAYER = `${SOURCE.sketch}:vertex`;

export function buildUserLayers(): LayerSpecification[] {
  const source = SOURCE.userFeatures;
  return [
    {
      id: `${source}:fill`,
      type: 'fill',
      source,
      filter: isPolygon,
      paint: {
        'fill-color': colour,
        'fill-opacity': [
          'case',
          state('dimmed'),
          0.05,
          ['any', state('hover'), state('selected')],
          0.45,
          0.25,
        ],
      },
    },
    {
      id: `${source}:line`,
      type: 'line',
      source,
      filter: ['any', isPolygon, isLine],
      paint: {
        'line-color': colour,
        'line-width': ['case', state('selected'), 4, state('hover'), 3, 2],
        'line-opacity': ['case', state('dimmed'), 0.3, 1],
      },
    },
    {
      id: `${source}:circle`,
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-color': colour,
        'circle-radius': ['case', ['any', state('hover'), state('selected')], 8, 6],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
        'circle-opacity': ['case', state('dimmed'), 0.3, 1],
      },
    },
    {
      id: `${source}:label`,
      type: 'symbol',
      source,
      minzoom: 10,
      layout: {
        'text-field': ['coalesce', ['get', 'label'], ''],
        'text-font': FONT_STACK,
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#3b0764', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}

export function buildSketchLayers(): LayerSpecification[] {
  const source = SOURCE.sketch;
  const isShape: ExpressionSpecification = ['==', ['get', 'role'], 'shape'];
  return [
    {
      id: `${source}:fill`,
      type: 'fill',
      source,
      filter: ['all', isShape, isPolygon],
      paint: { 'fill-color': '#f97316', 'fill-opacity': 0.2 },
    },
    {
      id: `${source}:line`,
      type: 'line',
      source,
      filter: isShape,
      paint: { 'line-color': '#ea580c', 'line-width': 2.5, 'line-dasharray': [2, 1] },
    },
    {
      id: SKETCH_VERTEX_LAYER,
      type: 'circle',
      source,
      filter: ['==', ['get', 'role'], 'vertex'],
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': 6,
        'circle-stroke-color': '#ea580c',
        'circle-stroke-width': 2.5,
      },
    },
  ];
}
