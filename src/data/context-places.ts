/**
 * The county seats and the towns the plans name, as small labelled context
 * points on the map: chosen from `places` in geodata/records (seats by
 * `seatOf`, towns by their name: 镇, 乡 or 街道). Pure.
 */
import type { Feature, Point } from 'geojson';
import { RIVER_BOX } from './rivers';
import type { Place } from './schema';

export type ContextPlaceKind = 'seat' | 'town';

export interface ContextPlaceProperties {
  id: string;
  name: string;
  nameEn: string;
  role: 'place';
  placeKind: ContextPlaceKind;
}

const TOWN_SUFFIX = /(镇|乡|街道)$/;
const [WEST, SOUTH, EAST, NORTH] = RIVER_BOX;

/** "缙云县城（五云）" → "缙云县城", "Jinyun county seat (Wuyun)" → "Jinyun county seat": a short map label. */
function shortName(name: string): string {
  return name.replace(/\s*[（(][^）)]*[）)]\s*$/, '');
}

/**
 * One point per position (a seat wins over a town at the same place), only
 * inside the map's context box (places that anchor enclaves far away are left
 * out), seats first, then towns, each in record order. Coordinates [lng, lat].
 */
export function contextPlaces(
  places: readonly Place[],
): Array<Feature<Point, ContextPlaceProperties>> {
  const kindOf = (place: Place): ContextPlaceKind | null =>
    place.seatOf ? 'seat' : TOWN_SUFFIX.test(place.name) ? 'town' : null;
  const inside = (place: Place) =>
    place.lng >= WEST && place.lng <= EAST && place.lat >= SOUTH && place.lat <= NORTH;
  const chosen = new Map<string, Feature<Point, ContextPlaceProperties>>();
  for (const kind of ['seat', 'town'] as const) {
    for (const place of places) {
      if (kindOf(place) !== kind || !inside(place)) continue;
      const at = `${place.lng},${place.lat}`;
      // Towns named in two plans (碧湖镇) share one position: one point.
      if (chosen.has(at) || [...chosen.values()].some((p) => p.properties.name === place.name))
        continue;
      chosen.set(at, {
        type: 'Feature',
        properties: {
          id: `context-${place.id}`,
          name: kind === 'seat' ? shortName(place.name) : place.name,
          nameEn: kind === 'seat' ? shortName(place.nameEn) : place.nameEn,
          role: 'place',
          placeKind: kind,
        },
        geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
      });
    }
  }
  return [...chosen.values()];
}
