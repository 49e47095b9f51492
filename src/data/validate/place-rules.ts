/**
 * Places lie in their county. A place (`places` in records/) whose
 * countyCode is one of Lishui's counties lies inside that county's polygon,
 * within BOUNDARY_TOLERANCE_KM (rule "place-county"). Recipes draw from these
 * positions and Voronoi cells of townships are cut around them, so a seat in
 * the wrong county skews every shape built on it.
 *
 * Places that anchor only enclaves are left out: enclaves lie outside Lishui
 * by design and, like enclave features, their places may carry the code of
 * the county that runs them (enclave-placement checks them against hostCity).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Recipe } from '../schema';
import { makeIssue, type Issue } from './issue';
import type { LocatedGeodata } from './located';
import { BOUNDARY_TOLERANCE_KM, farthestOutside } from './placement-rules';

/** Place ids a recipe names. */
export function recipePlaces(recipe: Recipe | undefined): string[] {
  switch (recipe?.type) {
    case 'point':
    case 'circle':
      return [recipe.place];
    case 'line':
      return recipe.places;
    case 'townships':
      return [...recipe.places, ...(recipe.context ?? [])];
    default:
      return [];
  }
}

export function checkPlaceCounties(geodata: LocatedGeodata): Issue[] {
  /** Place id → systems of the features whose recipes name it. */
  const users = new Map<string, Set<string>>();
  for (const feature of geodata.features) {
    for (const placeId of recipePlaces(feature.value.recipe)) {
      const systems = users.get(placeId) ?? new Set<string>();
      systems.add(feature.value.system);
      users.set(placeId, systems);
    }
  }
  const areas = [...geodata.counties.values(), ...geodata.neighbours.values()];
  const issues: Issue[] = [];
  for (const place of geodata.places) {
    const { id, countyCode, lng, lat } = place.value;
    const county = geodata.counties.get(countyCode);
    if (!county) continue;
    const systems = users.get(id);
    if (systems && [...systems].every((system) => system === 'enclave')) continue;
    const position = [lng, lat];
    const outside = farthestOutside(
      { type: 'Point', coordinates: position },
      county,
      BOUNDARY_TOLERANCE_KM,
    );
    if (!outside) continue;
    const host = areas.find((area) => booleanPointInPolygon(position, area));
    const where = host
      ? `, in ${host.properties.name} (${host.properties.code})`
      : ', in no county of boundaries/';
    issues.push(
      makeIssue(
        'place-county',
        place,
        'lng, lat',
        `position [${lng}, ${lat}] lies ${outside.distanceKm.toFixed(2)} km outside its county ${county.properties.name} (${countyCode})${where}; expected inside it, within ${BOUNDARY_TOLERANCE_KM * 1000} m`,
      ),
    );
  }
  return issues;
}
