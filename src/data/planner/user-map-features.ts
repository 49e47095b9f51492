/**
 * What the map draws for the user's own data: one collection with a unique
 * id, colour and text label per feature. Only these three properties reach
 * the map; the file's own properties stay in the panel, shown as text.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Position } from 'geojson';
import type { CandidateSiteRecord, UserLayerRecord } from './planner-db';

export const CANDIDATE_COLOUR = '#db2777';
const LABEL_KEYS = ['name', 'Name', 'NAME', '名称', 'title', '企业', '企业名称', 'label'];

export const userFeatureId = (layerId: string, index: number): string => `user-${layerId}-${index}`;
export const candidateFeatureId = (siteId: string): string => `user-site-${siteId}`;

/** A display name for a feature from common name fields, as plain text (max 80 characters). */
export function featureLabel(properties: GeoJsonProperties): string {
  if (!properties) return '';
  for (const key of LABEL_KEYS) {
    const value = properties[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value).slice(0, 80);
  }
  return '';
}

export function siteRing(vertices: Position[]): Position[] {
  return [...vertices, vertices[0]!];
}

export function buildUserMapFeatures(
  layers: UserLayerRecord[],
  sites: CandidateSiteRecord[],
  hiddenLayerIds: readonly string[],
): FeatureCollection {
  const features: Feature[] = [];
  for (const layer of layers) {
    if (hiddenLayerIds.includes(layer.id)) continue;
    layer.featureCollection.features.forEach((feature, index) => {
      if (!feature.geometry) return;
      features.push({
        type: 'Feature',
        properties: {
          id: userFeatureId(layer.id, index),
          color: layer.color,
          label: featureLabel(feature.properties),
        },
        geometry: feature.geometry,
      });
    });
  }
  for (const site of sites) {
    features.push({
      type: 'Feature',
      properties: {
        id: candidateFeatureId(site.id),
        color: CANDIDATE_COLOUR,
        label: site.name.slice(0, 80),
      },
      geometry: { type: 'Polygon', coordinates: [siteRing(site.vertices)] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The layer and feature behind a user feature id, or null. */
export function findUserFeature(
  layers: UserLayerRecord[],
  id: string,
): { layer: UserLayerRecord; feature: Feature; index: number } | null {
  for (const layer of layers) {
    const prefix = `user-${layer.id}-`;
    if (!id.startsWith(prefix)) continue;
    const index = Number(id.slice(prefix.length));
    const feature = layer.featureCollection.features[index];
    if (feature) return { layer, feature, index };
  }
  return null;
}
