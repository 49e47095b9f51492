import { bbox } from '@turf/bbox';
import type { AppData } from '../model';
import { countyCodeOf } from '@/data/county-id';

type Bounds = [number, number, number, number];

/** The shape of a plan feature or a county (`county-<code>`), if it has one. */
function featureGeometry(data: AppData, id: string) {
  const countyCode = countyCodeOf(id);
  if (countyCode !== null) return data.countyByCode.get(countyCode)?.geometry;
  return data.featureById.get(id)?.geometry ?? undefined;
}

/** [west, south, east, north] in degrees around the features that have a shape; null when none has. */
export function boundsOfFeatures(data: AppData, ids: readonly string[]): Bounds | null {
  let result: Bounds | null = null;
  for (const id of ids) {
    const geometry = featureGeometry(data, id);
    if (!geometry) continue;
    const [west, south, east, north] = bbox(geometry) as Bounds;
    result = result
      ? [
          Math.min(result[0], west),
          Math.min(result[1], south),
          Math.max(result[2], east),
          Math.max(result[3], north),
        ]
      : [west, south, east, north];
  }
  return result;
}
