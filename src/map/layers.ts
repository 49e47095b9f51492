/**
 * Pure builders of MapLibre style layers. Hover, selection and filter
 * dimming are feature-state, so pointer moves never re-send data.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { ShapeRole } from '@/data/map-data';
import type { SystemId } from '@/data/schema';
import type { LayerGroup } from '@/data/layer-catalog';
import type { Language } from '@/i18n/language';
import { BACKGROUND_LAYER, SOURCE, styleLayerId } from './ids';
import { BASE_COLOURS, FONT_STACK, QUALITY_DASH, SYSTEM_COLOURS } from './theme';
import { MAIN_RIVER_LEVEL } from '@/data/rivers';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Shapes of one role in the shared shapes source (see shapesOf). */
const isRole = (role: ShapeRole): ExpressionSpecification => ['==', ['get', 'role'], role];
const isSystem = (system: SystemId): ExpressionSpecification => ['==', ['get', 'system'], system];

/** The label expression for a language: the English name, or the Chinese one. */
export function labelField(language: Language): ExpressionSpecification {
  return language === 'en' ? ['coalesce', ['get', 'nameEn'], ['get', 'name']] : ['get', 'name'];
}

/**
 * Every fill here has its own outline layer, so MapLibre's antialiasing
 * outline of the fill (a second draw call per tile) is switched off: it would
 * be hidden under the outline anyway, and in software WebGL each draw counts.
 */
const FILL_UNDER_OUTLINE = { 'fill-antialias': false } as const;

/** Opacity that fades a feature when a filter is active and it is not part of it. */
function dimmed(normal: number, faded: number): ExpressionSpecification {
  return ['case', state('dimmed'), faded, normal];
}

export function buildBackgroundLayers(): LayerSpecification[] {
  return [
    {
      id: BACKGROUND_LAYER,
      type: 'background',
      paint: { 'background-color': BASE_COLOURS.background },
    },
  ];
}

/** Neighbouring counties: grey context under everything else. */
/** Fill opacity of the neighbours: solid offline, a light veil over an online basemap. */
export function neighbourFillOpacity(basemapIsOnline: boolean): ExpressionSpecification {
  return ['case', state('hover'), basemapIsOnline ? 0.45 : 1, basemapIsOnline ? 0.3 : 0.92];
}

/** Fill opacity of Lishui's counties: solid offline, a light veil over an online basemap. */
export function countyFillOpacity(basemapIsOnline: boolean): ExpressionSpecification | number {
  return basemapIsOnline ? ['case', state('selected'), 0.45, state('hover'), 0.35, 0.12] : 1;
}

export function buildNeighbourLayers(
  language: Language,
  basemapIsOnline = false,
): LayerSpecification[] {
  return [
    {
      id: styleLayerId('neighbours', 'fill'),
      type: 'fill',
      source: SOURCE.shapes,
      filter: isRole('neighbour'),
      paint: {
        ...FILL_UNDER_OUTLINE,
        'fill-color': BASE_COLOURS.neighbourFill,
        'fill-opacity': neighbourFillOpacity(basemapIsOnline),
      },
    },
    {
      id: styleLayerId('neighbours', 'outline'),
      type: 'line',
      source: SOURCE.shapes,
      filter: isRole('neighbour'),
      paint: {
        'line-color': [
          'case',
          state('selected'),
          BASE_COLOURS.selected,
          BASE_COLOURS.neighbourLine,
        ],
        'line-width': ['case', state('selected'), 2.5, 0.8],
      },
    },
    {
      id: styleLayerId('neighbours', 'label'),
      type: 'symbol',
      source: SOURCE.labels,
      filter: isRole('neighbour'),
      minzoom: 6.5,
      layout: {
        'text-field': labelField(language),
        'text-font': FONT_STACK,
        'text-size': 12,
        'symbol-placement': 'point',
      },
      paint: {
        'text-color': BASE_COLOURS.neighbourLabel,
        'text-halo-color': BASE_COLOURS.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
}

/** Lishui's nine counties, the city outline and county labels (from label points). */
export function buildCountyLayers(
  language: Language,
  basemapIsOnline: boolean,
): LayerSpecification[] {
  return [
    {
      id: styleLayerId('counties', 'fill'),
      type: 'fill',
      source: SOURCE.shapes,
      filter: isRole('county'),
      paint: {
        ...FILL_UNDER_OUTLINE,
        'fill-color': [
          'case',
          state('selected'),
          BASE_COLOURS.countyFillSelected,
          state('hover'),
          BASE_COLOURS.countyFillHover,
          // Outside an active filter a county greys out, so the kept ones stand out.
          state('dimmed'),
          BASE_COLOURS.countyFillDimmed,
          BASE_COLOURS.countyFill,
        ],
        // Over an online basemap the fill turns into a light veil so the tiles show.
        'fill-opacity': countyFillOpacity(basemapIsOnline),
      },
    },
    {
      id: styleLayerId('counties', 'outline'),
      type: 'line',
      source: SOURCE.shapes,
      filter: isRole('county'),
      paint: {
        'line-color': ['case', state('selected'), BASE_COLOURS.selected, BASE_COLOURS.countyLine],
        'line-width': ['case', state('selected'), 3, 1.1],
      },
    },
    {
      id: styleLayerId('outline', 'line'),
      type: 'line',
      source: SOURCE.shapes,
      filter: isRole('outline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASE_COLOURS.outline, 'line-width': 2.4 },
    },
    {
      id: styleLayerId('counties', 'label'),
      type: 'symbol',
      source: SOURCE.labels,
      filter: isRole('county'),
      layout: {
        'text-field': labelField(language),
        'text-font': FONT_STACK,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 13, 11, 18],
        'text-max-width': 8,
        'text-allow-overlap': false,
        'text-padding': 4,
      },
      paint: {
        'text-color': BASE_COLOURS.label,
        'text-halo-color': BASE_COLOURS.halo,
        'text-halo-width': 1.8,
        'text-opacity': dimmed(1, 0.45),
      },
    },
  ];
}

const QUALITY_DASH_EXPRESSION: ExpressionSpecification = [
  'match',
  ['get', 'geometryQuality'],
  'official',
  ['literal', QUALITY_DASH.official],
  'approximate',
  ['literal', QUALITY_DASH.approximate],
  ['literal', QUALITY_DASH.schematic],
];

const isGroup = (group: LayerGroup): ExpressionSpecification => [
  '==',
  ['get', 'layerGroup'],
  group,
];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** Sites and city-plan platforms are points with their label below them. */
const isPointGroup = (group: LayerGroup): boolean => group !== 'axes' && group !== 'areas';
/** A point the plan places only by county: drawn hollow at the seat, so it never passes for a site. */
const atCountySeat: ExpressionSpecification = ['==', ['get', 'geometryQuality'], 'county-seat'];

/**
 * Style layers of one plan system's layer group. Polygons get a translucent
 * fill and a dash by geometry quality; lines and points keep the system colour.
 */
export function buildPlanLayers(
  system: SystemId,
  group: LayerGroup,
  language: Language,
): LayerSpecification[] {
  const colour = SYSTEM_COLOURS[system];
  const layer = `${system}-${group}` as const;
  const source = SOURCE.shapes;
  const areaOpacity = group === 'areas' ? 0.16 : 0.3;
  const specs: LayerSpecification[] = [
    {
      id: styleLayerId(layer, 'fill'),
      type: 'fill',
      source,
      filter: ['all', isSystem(system), isGroup(group), isPolygon],
      paint: {
        ...FILL_UNDER_OUTLINE,
        'fill-color': colour,
        'fill-opacity': [
          'case',
          state('dimmed'),
          0.04,
          state('selected'),
          areaOpacity + 0.25,
          state('hover'),
          areaOpacity + 0.15,
          areaOpacity,
        ],
      },
    },
    {
      id: styleLayerId(layer, 'outline'),
      type: 'line',
      source,
      filter: ['all', isSystem(system), isGroup(group), isPolygon],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', state('selected'), BASE_COLOURS.selected, colour],
        'line-width': ['case', state('selected'), 3, state('hover'), 2.4, 1.6],
        'line-dasharray': QUALITY_DASH_EXPRESSION,
        'line-opacity': dimmed(1, 0.2),
      },
    },
    {
      id: styleLayerId(layer, 'line'),
      type: 'line',
      source,
      filter: ['all', isSystem(system), isGroup(group), isLine],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', state('selected'), BASE_COLOURS.selected, colour],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          7,
          ['case', state('selected'), 6, state('hover'), 5, 4],
          12,
          ['case', state('selected'), 10, state('hover'), 9, 7],
        ],
        'line-dasharray': QUALITY_DASH_EXPRESSION,
        'line-opacity': dimmed(0.85, 0.15),
      },
    },
    {
      id: styleLayerId(layer, 'circle'),
      type: 'circle',
      source,
      filter: ['all', isSystem(system), isGroup(group), isPoint],
      paint: {
        'circle-color': ['case', atCountySeat, BASE_COLOURS.halo, colour],
        'circle-radius': ['case', state('selected'), 9, state('hover'), 8, 6],
        'circle-stroke-color': [
          'case',
          state('selected'),
          BASE_COLOURS.selected,
          atCountySeat,
          colour,
          BASE_COLOURS.halo,
        ],
        'circle-stroke-width': ['case', state('selected'), 3, atCountySeat, 2.5, 1.5],
        'circle-opacity': dimmed(1, 0.2),
        'circle-stroke-opacity': dimmed(1, 0.2),
      },
    },
    buildPlanLabelLayer(system, group, language),
  ];
  return specs;
}

function buildPlanLabelLayer(
  system: SystemId,
  group: LayerGroup,
  language: Language,
): SymbolLayerSpecification {
  const layer = `${system}-${group}` as const;
  return {
    id: styleLayerId(layer, 'label'),
    type: 'symbol',
    source: SOURCE.labels,
    filter: ['all', isSystem(system), isGroup(group)],
    minzoom: group === 'areas' ? 8.5 : isPointGroup(group) ? 9.5 : 7,
    layout: {
      'text-field': labelField(language),
      'text-font': FONT_STACK,
      'text-size': group === 'axes' ? 13 : 12,
      'text-max-width': 9,
      'text-offset': isPointGroup(group) ? [0, 1.1] : [0, 0],
      'text-anchor': isPointGroup(group) ? 'top' : 'center',
      'text-optional': true,
      'text-padding': 3,
    },
    paint: {
      'text-color': SYSTEM_COLOURS[system],
      'text-halo-color': BASE_COLOURS.halo,
      'text-halo-width': 1.6,
      'text-opacity': dimmed(1, 0.25),
    },
  };
}

const isMainRiver: ExpressionSpecification = ['<=', ['get', 'level'], MAIN_RIVER_LEVEL];

/**
 * Rivers under the plan layers: thin quiet-blue lines, main rivers (WDBII level
 * ≤ 3) wider. Offline only: an online basemap draws its own water. The label
 * (瓯江, inferred from the course) is built apart, as a symbol layer.
 */
export function buildWaterLayers(basemapIsOnline: boolean): LayerSpecification[] {
  return [
    {
      id: styleLayerId('water', 'line'),
      type: 'line',
      source: SOURCE.shapes,
      filter: isRole('river'),
      layout: {
        'line-join': 'round',
        'line-cap': 'round',
        visibility: basemapIsOnline ? 'none' : 'visible',
      },
      paint: {
        'line-color': BASE_COLOURS.water,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          7,
          ['case', isMainRiver, 1.4, 0.7],
          12,
          ['case', isMainRiver, 3.2, 1.6],
        ],
      },
    },
  ];
}

/** The names of the rivers that have one, along the line. */
export function buildWaterLabelLayers(
  language: Language,
  basemapIsOnline: boolean,
): LayerSpecification[] {
  return [
    {
      id: styleLayerId('water', 'label'),
      type: 'symbol',
      source: SOURCE.labels,
      filter: isRole('river'),
      minzoom: 7.5,
      layout: {
        'text-field': labelField(language),
        'text-font': FONT_STACK,
        'text-size': 12,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-letter-spacing': 0.3,
        'text-optional': true,
        visibility: basemapIsOnline ? 'none' : 'visible',
      },
      paint: {
        'text-color': BASE_COLOURS.waterLabel,
        'text-halo-color': BASE_COLOURS.halo,
        'text-halo-width': 1.4,
      },
    },
  ];
}

const isPlaceKind = (kind: 'seat' | 'town'): ExpressionSpecification => [
  'all',
  isRole('place'),
  ['==', ['get', 'placeKind'], kind],
];

/**
 * County seats ("places", from zoom 7) and the towns the plans name ("towns",
 * from zoom 9.5) as small grey points with their names, under the plan labels.
 */
export function buildPlaceLayers(language: Language): LayerSpecification[] {
  return (
    [
      ['places', 'seat', 7, 3, 11],
      ['towns', 'town', 9.5, 2, 10],
    ] as const
  ).flatMap(([layer, kind, minzoom, radius, textSize]): LayerSpecification[] => [
    {
      id: styleLayerId(layer, 'circle'),
      type: 'circle',
      source: SOURCE.shapes,
      filter: isPlaceKind(kind),
      minzoom,
      paint: {
        'circle-color': BASE_COLOURS.placeDot,
        'circle-radius': radius,
        'circle-stroke-color': BASE_COLOURS.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: styleLayerId(layer, 'label'),
      type: 'symbol',
      source: SOURCE.labels,
      filter: isPlaceKind(kind),
      minzoom: minzoom + 0.5,
      layout: {
        'text-field': labelField(language),
        'text-font': FONT_STACK,
        'text-size': textSize,
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'text-optional': true,
        'text-padding': 2,
      },
      paint: {
        'text-color': BASE_COLOURS.placeLabel,
        'text-halo-color': BASE_COLOURS.halo,
        'text-halo-width': 1.2,
      },
    },
  ]);
}
