/**
 * What a candidate site shows, like a plan feature's detail: its area, the
 * county it lies in, how much it overlaps each plan zone, and the nearest
 * platforms with their industries. Positions [lng, lat] degrees; areas m².
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { booleanIntersects } from '@turf/boolean-intersects';
import { centroid } from '@turf/centroid';
import { distance } from '@turf/distance';
import { intersect } from '@turf/intersect';
import { pointOnFeature } from '@turf/point-on-feature';
import { polygon as turfPolygon, featureCollection as turfCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { AppData, PlanFeature } from '@/data/model';

export interface CandidateDetail {
  areaSquareMetres: number;
  /** The county holding most of the site, with the share of the site inside it (0–1). */
  county: { code: string; share: number } | null;
  overlaps: Array<{ featureId: string; overlapSquareMetres: number; shareOfSite: number }>;
  nearestPlatforms: Array<{ featureId: string; distanceKm: number; industryIds: string[] }>;
}

type Bbox = [number, number, number, number];
const boxesMeet = (a: Bbox, b: Bbox) =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function overlapSquareMetres(
  site: Feature<Polygon>,
  other: Feature<Polygon | MultiPolygon>,
): number {
  try {
    const shared = intersect(turfCollection([site, other]));
    return shared ? area(shared) : 0;
  } catch {
    // Turf can fail on degenerate geometry; treat as no measurable overlap.
    return 0;
  }
}

const isArea = (
  feature: PlanFeature,
): feature is Feature<Polygon | MultiPolygon, PlanFeature['properties']> =>
  feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon';

/** Platform-like kinds listed as "nearest platforms". */
const PLATFORM_KINDS = new Set(['platform', 'centre']);

export function candidateDetail(
  vertices: Position[],
  data: AppData,
  nearestCount = 5,
): CandidateDetail {
  const site = turfPolygon([[...vertices, vertices[0]!]]);
  const siteArea = area(site);
  const siteBox = bbox(site) as Bbox;

  let county: CandidateDetail['county'] = null;
  for (const [code, feature] of data.countyByCode) {
    if (!boxesMeet(siteBox, bbox(feature) as Bbox)) continue;
    const share = siteArea > 0 ? overlapSquareMetres(site, feature) / siteArea : 0;
    if (share > (county?.share ?? 0)) county = { code, share };
  }

  const overlaps: CandidateDetail['overlaps'] = [];
  for (const feature of data.features) {
    if (!isArea(feature) || feature.properties.kind === 'corridor') continue;
    if (!boxesMeet(siteBox, bbox(feature) as Bbox) || !booleanIntersects(site, feature)) continue;
    const overlap = overlapSquareMetres(site, feature);
    if (overlap > 0)
      overlaps.push({
        featureId: feature.properties.id,
        overlapSquareMetres: overlap,
        shareOfSite: siteArea > 0 ? overlap / siteArea : 0,
      });
  }
  overlaps.sort((a, b) => b.overlapSquareMetres - a.overlapSquareMetres);

  const centre = centroid(site);
  const nearestPlatforms = data.features
    .filter((feature) => feature.geometry && PLATFORM_KINDS.has(feature.properties.kind))
    .map((feature) => ({
      featureId: feature.properties.id,
      distanceKm: distance(centre, pointOnFeature(feature as Feature), { units: 'kilometers' }),
      industryIds: feature.properties.industryIds ?? [],
    }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, nearestCount);

  return { areaSquareMetres: siteArea, county, overlaps, nearestPlatforms };
}

/** The site as a GeoJSON Feature for export (name as a plain property). */
export function candidateGeoJson(
  site: { id: string; name: string; vertices: Position[] },
  detail: CandidateDetail,
) {
  return {
    type: 'Feature' as const,
    properties: {
      id: site.id,
      name: site.name,
      areaSquareMetres: Math.round(detail.areaSquareMetres),
      countyCode: detail.county?.code ?? null,
    },
    geometry: { type: 'Polygon' as const, coordinates: [[...site.vertices, site.vertices[0]!]] },
  };
}
