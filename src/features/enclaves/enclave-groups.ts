import type { AppData, PlanFeature } from '@/data/model';

export interface EnclaveGroup {
  hostCity: string;
  featureIds: string[];
  /** False when the host lies outside the map's reach (abroad) or no site is given. */
  isOnMap: boolean;
}

/** Whether a [lng, lat] lies inside [[west, south], [east, north]]. */
const inside = (bounds: [[number, number], [number, number]], [lng, lat]: number[]) =>
  lng! >= bounds[0][0] && lng! <= bounds[1][0] && lat! >= bounds[0][1] && lat! <= bounds[1][1];

/** Enclaves grouped by host city, most enclaves first; those off the map last. */
export function enclaveGroups(
  data: AppData,
  mapBounds: [[number, number], [number, number]],
): EnclaveGroup[] {
  const groups = new Map<string, EnclaveGroup>();
  for (const feature of (data.featuresBySystem.get('enclave') ?? []) as PlanFeature[]) {
    const hostCity = feature.properties.hostCity ?? '—';
    const onMap =
      feature.geometry?.type === 'Point' && inside(mapBounds, feature.geometry.coordinates);
    const group = groups.get(hostCity) ?? { hostCity, featureIds: [], isOnMap: true };
    group.featureIds.push(feature.properties.id);
    group.isOnMap = group.isOnMap && onMap;
    groups.set(hostCity, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.isOnMap) - Number(a.isOnMap) ||
      b.featureIds.length - a.featureIds.length ||
      a.hostCity.localeCompare(b.hostCity, 'zh-CN'),
  );
}
