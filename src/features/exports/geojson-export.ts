/**
 * Plan features as a standalone GeoJSON FeatureCollection (RFC 7946,
 * WGS-84 [lng, lat]): the filter result, a layer, or any id list. Unplaced
 * features (no geometry) are left out; sources become readable text.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { AppData } from '@/data/model';
import { sourcesText } from './tables';

export interface ExportedProperties {
  id: string;
  name: string;
  nameEn: string;
  system: string;
  kind: string;
  countyCode: string;
  role: string;
  geometryQuality: string;
  geometryMethod: string;
  geometryMethodZh: string | null;
  industries: string;
  sources: string;
}

export function featuresToGeojson(
  data: AppData,
  ids: Iterable<string>,
): FeatureCollection<Geometry, ExportedProperties> {
  const features = [...new Set(ids)].flatMap((id) => {
    const feature = data.featureById.get(id);
    if (!feature?.geometry) return [];
    const properties = feature.properties;
    return [
      {
        type: 'Feature' as const,
        id: properties.id,
        geometry: feature.geometry,
        properties: {
          id: properties.id,
          name: properties.name,
          nameEn: properties.nameEn,
          system: properties.system,
          kind: properties.kind,
          countyCode: properties.countyCode,
          role: properties.role,
          geometryQuality: properties.geometryQuality,
          geometryMethod: properties.geometryMethod,
          geometryMethodZh: properties.geometryMethodZh ?? null,
          industries: properties.industryIds
            .map((industryId) => data.industryById.get(industryId)?.name ?? industryId)
            .join('、'),
          // A data file's fields keep one language whatever the UI reads: Chinese, as the plans.
          sources: sourcesText(data, properties.sources, 'zh'),
        },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
