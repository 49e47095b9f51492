/**
 * The slim GeoJSON the map draws: only the properties that styles and
 * interaction need (id for feature-state, names for labels), so the worker
 * gets small payloads. Pure; no MapLibre.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  Point,
} from 'geojson';
import type { BenchData } from './bench-urls';
import { contextPlaces } from './context-places';
import { layerGroupOf } from './layer-catalog';
import type { AppData, PlacedPlanFeature, PlanFeature } from './model';
import { SYSTEMS, type SystemId } from './systems';

/** What a drawn shape is; the style filters the shared source on it. */
export type ShapeRole = 'neighbour' | 'county' | 'outline' | 'plan' | 'river' | 'place';

export interface MapFeatureProperties {
  id: string;
  name: string;
  nameEn: string;
  role?: ShapeRole;
  /** Plan features: the plan system they belong to. */
  system?: SystemId;
  layerGroup?: string;
  kind?: string;
  geometryQuality?: string;
  /** Rivers: WDBII level (lower is larger). */
  level?: number;
  /** Context places: county seat or town. */
  placeKind?: string;
}

export type MapCollection = FeatureCollection<Geometry, MapFeatureProperties>;

export interface MapData {
  neighbours: MapCollection;
  counties: MapCollection;
  outline: FeatureCollection<Geometry>;
  /** Every placed plan feature, of all systems (properties.system tells them apart). */
  plan: MapCollection;
  /** Rivers (water context under the plan layers); absent without a river file. */
  rivers?: MapCollection;
  /** County seats and towns drawn as context points (role "place"); their names are in labels. */
  places?: MapCollection;
  /**
   * One label point per neighbour, county and placed plan feature (and the
   * county seats and towns drawn as context points, role "place"), in one
   * collection for one source: a language switch reloads it once.
   */
  labels: FeatureCollection<Point | LineString | MultiLineString, MapFeatureProperties>;
  /** Synthetic benchmark data (`?bench-data=`), absent in normal use. */
  bench?: BenchData;
}

const collection = <G extends Geometry>(features: Array<Feature<G, MapFeatureProperties>>) => ({
  type: 'FeatureCollection' as const,
  features,
});

function slimPlanFeature(feature: PlacedPlanFeature): Feature<Geometry, MapFeatureProperties> {
  const { id, name, nameEn, kind, geometryQuality, system } = feature.properties;
  return {
    type: 'Feature',
    properties: {
      id,
      name,
      nameEn,
      role: 'plan',
      system,
      layerGroup: layerGroupOf(feature.properties),
      kind,
      geometryQuality,
    },
    geometry: feature.geometry,
  };
}

/** Label points of the features that have one (computed at build time, see AppData). */
function labelsOf(
  features: Array<Feature<Geometry, MapFeatureProperties>>,
  points: AppData['labelPoints'],
): Array<Feature<Point, MapFeatureProperties>> {
  return features.flatMap((feature) => {
    const coordinates = points[feature.properties.id];
    return coordinates
      ? [
          {
            type: 'Feature' as const,
            properties: feature.properties,
            geometry: { type: 'Point' as const, coordinates },
          },
        ]
      : [];
  });
}

function slimRiver(
  feature: NonNullable<AppData['rivers']>['features'][number],
): Feature<Geometry, MapFeatureProperties> {
  const { id, level, name, nameEn } = feature.properties;
  return {
    type: 'Feature',
    // Unnamed rivers carry empty names: the river label layer draws named ones only.
    properties: { id, name: name ?? '', nameEn: nameEn ?? '', role: 'river', level },
    geometry: feature.geometry,
  };
}

export const isPlaced = (feature: PlanFeature): feature is PlacedPlanFeature =>
  feature.geometry !== null;

export function buildMapData(data: AppData): MapData {
  const slimCounty =
    (role: ShapeRole) =>
    (
      feature: AppData['counties']['features'][number],
    ): Feature<Geometry, MapFeatureProperties> => ({
      type: 'Feature' as const,
      properties: {
        id: feature.properties.id,
        name: feature.properties.name,
        nameEn: feature.properties.nameEn,
        role,
        geometryQuality: feature.properties.geometryQuality,
      },
      geometry: feature.geometry as Geometry,
    });
  const counties = collection(data.counties.features.map(slimCounty('county')));
  const plan = collection(
    SYSTEMS.flatMap((system) =>
      (data.featuresBySystem.get(system) ?? []).filter(isPlaced).map(slimPlanFeature),
    ),
  );
  const neighbours = collection(data.neighbours.features.map(slimCounty('neighbour')));
  const rivers = data.rivers ? collection(data.rivers.features.map(slimRiver)) : undefined;
  const places = collection<Geometry>(contextPlaces(data.places ?? []));
  return {
    neighbours,
    counties,
    outline: {
      type: 'FeatureCollection',
      features: data.outline.features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, role: 'outline' },
      })),
    },
    plan,
    ...(rivers ? { rivers } : {}),
    places,
    labels: collection<Geometry>([
      ...labelsOf(
        [...neighbours.features, ...counties.features, ...plan.features],
        data.labelPoints,
      ),
      ...places.features,
      // Named rivers are labelled along their line, from the labels source like every label.
      ...(rivers?.features.filter((river) => river.properties.name !== '') ?? []),
    ]) as MapData['labels'],
  };
}

/**
 * All filled and stroked shapes as one collection, drawn from one source.
 * MapLibre redraws its tile clipping masks whenever consecutive layers come
 * from different sources; with one source per plan system (and per boundary
 * layer) that was 15 mask passes a frame, and in software WebGL (a GPU-less
 * laptop or projector PC) a frame took about three times as long.
 */
export function shapesOf(data: MapData): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: [
      ...data.neighbours.features,
      ...data.counties.features,
      ...data.outline.features,
      ...(data.rivers?.features ?? []),
      ...data.plan.features,
      ...(data.places?.features ?? []),
    ],
  };
}
