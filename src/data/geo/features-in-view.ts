import { bbox } from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { AppData } from '../model';
import { planLayerIdOf } from '../layer-catalog';
import { countyFeatureId } from '../county-id';

type Bounds = [number, number, number, number];

/** Each shape's [west, south, east, north], computed once per geometry object. */
const boundsCache = new WeakMap<Geometry, Bounds>();
function boundsOf(geometry: Geometry): Bounds {
  let bounds = boundsCache.get(geometry);
  if (!bounds) {
    bounds = bbox(geometry) as Bounds;
    boundsCache.set(geometry, bounds);
  }
  return bounds;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export interface ViewFilter {
  /** Thematic layer ids the user has hidden (their features are not on the map). */
  hiddenLayers: readonly string[];
  /** The ids an active filter keeps (null: no filter). */
  keptIds: ReadonlySet<string> | null;
}

/**
 * Ids of the features the map shows within `view` ([west, south, east, north] in
 * degrees): plan features of visible layers whose shape's box meets the view, then
 * the counties when their layer is shown; an active filter keeps only its features.
 * In data order, which is the order of the plans.
 */
export function featuresInView(data: AppData, view: Bounds, filter: ViewFilter): string[] {
  const hidden = new Set(filter.hiddenLayers);
  const kept = (id: string) => filter.keptIds === null || filter.keptIds.has(id);
  const ids: string[] = [];
  for (const feature of data.features) {
    if (!feature.geometry) continue;
    const id = feature.properties.id;
    if (hidden.has(planLayerIdOf(feature.properties)) || !kept(id)) continue;
    if (overlaps(boundsOf(feature.geometry), view)) ids.push(id);
  }
  if (!hidden.has('counties')) {
    for (const county of data.counties.features) {
      const id = countyFeatureId(county.properties.code);
      if (kept(id) && overlaps(boundsOf(county.geometry), view)) ids.push(id);
    }
  }
  return ids;
}
