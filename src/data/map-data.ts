/**
 * The slim GeoJSON the map draws: only the properties that styles and
 * interaction need (id for feature-state, names for labels), so the worker
 * gets small payloads. Pure; no MapLibre.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { BenchData } from './bench-data';
import { labelPoint } from './geo/label-point';
import { layerGroupOf } from './layer-catalog';
import type { AppData, PlacedPlanFeature, PlanFeature } from './model';
import { SYSTEMS, type SystemId } from './schema';

export interface MapFeatureProperties {
  id: string;
  name: string;
  nameEn: string;
  layerGroup?: string;
  kind?: string;
  geometryQuality?: string;
}

export type MapCollection = FeatureCollection<Geometry, MapFeatureProperties>;

export interface MapData {
  neighbours: MapCollection;
  counties: MapCollection;
  countyLabels: FeatureCollection<Point, MapFeatureProperties>;
  neighbourLabels: FeatureCollection<Point, MapFeatureProperties>;
  outline: FeatureCollection<Geometry>;
  plan: Record<SystemId, MapCollection>;
  planLabels: Record<SystemId, FeatureCollection<Point, MapFeatureProperties>>;
  /** Synthetic benchmark data (`?bench-data=`), absent in normal use. */
  bench?: BenchData;
}

const collection = <G extends Geometry>(features: Array<Feature<G, MapFeatureProperties>>) => ({
  type: 'FeatureCollection' as const,
  features,
});

function slimPlanFeature(feature: PlacedPlanFeature): Feature<Geometry, MapFeatureProperties> {
  const { id, name, nameEn, kind, geometryQuality } = feature.properties;
  return {
    type: 'Feature',
    properties: { id, name, nameEn, layerGroup: layerGroupOf(kind), kind, geometryQuality },
    geometry: feature.geometry,
  };
}

function toLabel(
  feature: Feature<Geometry, MapFeatureProperties>,
): Feature<Point, MapFeatureProperties> {
  return {
    type: 'Feature',
    properties: feature.properties,
    geometry: { type: 'Point', coordinates: labelPoint(feature) },
  };
}

export const isPlaced = (feature: PlanFeature): feature is PlacedPlanFeature =>
  feature.geometry !== null;

export function buildMapData(data: AppData): MapData {
  const slimCounty = (feature: AppData['counties']['features'][number]) => ({
    type: 'Feature' as const,
    properties: {
      id: feature.properties.id,
      name: feature.properties.name,
      nameEn: feature.properties.nameEn,
      geometryQuality: feature.properties.geometryQuality,
    },
    geometry: feature.geometry as Geometry,
  });
  const counties = collection(data.counties.features.map(slimCounty));
  const plan = {} as MapData['plan'];
  const planLabels = {} as MapData['planLabels'];
  for (const system of SYSTEMS) {
    const features = (data.featuresBySystem.get(system) ?? [])
      .filter(isPlaced)
      .map(slimPlanFeature);
    plan[system] = collection(features);
    planLabels[system] = collection(features.map(toLabel));
  }
  const neighbours = collection(data.neighbours.features.map(slimCounty));
  return {
    neighbours,
    neighbourLabels: collection(neighbours.features.map(toLabel)),
    counties,
    countyLabels: collection(counties.features.map(toLabel)),
    outline: data.outline,
    plan,
    planLabels,
  };
}
