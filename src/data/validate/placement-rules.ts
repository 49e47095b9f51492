/**
 * Where plan features may lie. Distances in kilometres, positions [lng, lat].
 *
 * - Non-enclave features lie inside Lishui (the dissolved outline, or their
 *   own Lishui county: the outline drops slivers of the dissolve), or inside
 *   their own county when that county is a neighbour (仙居 331024 for the
 *   Xianju plan), within BOUNDARY_TOLERANCE_KM.
 * - Schematic shapes of a Lishui county lie inside that county, with the same
 *   tolerance (boundaries are rounded and simplified, shapes are clipped).
 * - Enclaves (system "enclave") lie outside Lishui and within
 *   ENCLAVE_HOST_RADIUS_KM of a place whose name matches their hostCity
 *   (hostCity may list several, separated by "/" or "、"). A recipe that
 *   points at the wrong city's place is caught that way.
 * - "unplaced" features have no geometry (parse.ts checks that) and no recipe;
 *   schematic shapes have a recipe; official shapes have none.
 * Checks are made on vertices: a shape passes when every vertex is inside
 * the region or within the tolerance of its edge.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { FeatureProperties, Place } from '../schema';
import { makeIssue, type Issue, type IssueLocation } from './issue';
import type { AreaFeature } from './located';

export const BOUNDARY_TOLERANCE_KM = 0.2;
export const ENCLAVE_HOST_RADIUS_KM = 60;

type Area = Feature<Polygon | MultiPolygon>;

export interface PlacementContext {
  /** Dissolved outline of Lishui City. */
  outline: Area | null;
  /** Lishui's counties by code. */
  counties: Map<string, AreaFeature>;
  /** Neighbouring counties by code. */
  neighbours: Map<string, AreaFeature>;
  places: Place[];
}

/** Every vertex of a geometry, [lng, lat]. */
export function verticesOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(verticesOf);
  }
}

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LNG_AT_EQUATOR = 111.32;

/** Distance in km from a point to a ring's edges, on a local flat projection (fine at the sub-km scale it is used for). */
function distanceToRingsKm(position: Position, rings: Position[][], stopBelowKm: number): number {
  const [lng, lat] = position as [number, number];
  const kmPerLng = KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of rings) {
    for (let index = 0; index + 1 < ring.length; index++) {
      const ax = (ring[index]![0]! - lng) * kmPerLng;
      const ay = (ring[index]![1]! - lat) * KM_PER_DEGREE_LAT;
      const bx = (ring[index + 1]![0]! - lng) * kmPerLng;
      const by = (ring[index + 1]![1]! - lat) * KM_PER_DEGREE_LAT;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t =
        lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < best) best = d;
      if (best < stopBelowKm) return best;
    }
  }
  return best;
}

const ringsOf = (area: Area): Position[][] =>
  area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();

/**
 * The vertex of `geometry` farthest outside every one of `regions` and how
 * far (km), or null when every vertex is inside a region or within
 * `toleranceKm` of its edge.
 */
export function farthestOutside(
  geometry: Geometry,
  regions: Area | Area[],
  toleranceKm: number,
): { position: Position; distanceKm: number } | null {
  const areas = Array.isArray(regions) ? regions : [regions];
  let worst: { position: Position; distanceKm: number } | null = null;
  for (const position of verticesOf(geometry)) {
    if (areas.some((area) => booleanPointInPolygon(position, area))) continue;
    const distanceKm = Math.min(
      ...areas.map((area) => distanceToRingsKm(position, ringsOf(area), toleranceKm)),
    );
    if (distanceKm > toleranceKm && (!worst || distanceKm > worst.distanceKm))
      worst = { position, distanceKm };
  }
  return worst;
}

const formatKm = (km: number): string => `${km.toFixed(km < 10 ? 2 : 0)} km`;
const formatPosition = (position: Position): string => `[${position.join(', ')}]`;

/** Places whose name matches one of the cities in `hostCity` (e.g. "杭州", "美国/德国"). */
export function hostPlaces(hostCity: string, places: Place[]): Place[] {
  const strip = (name: string) => name.replace(/\s+/g, '').replace(/市$/, '');
  const cities = hostCity
    .split(/[/／、,，]/)
    .map(strip)
    .filter(Boolean);
  return places.filter((place) => {
    const name = strip(place.name);
    return cities.some((city) => name.includes(city) || city.includes(name));
  });
}

function checkEnclave(
  location: IssueLocation,
  properties: FeatureProperties,
  geometry: Geometry,
  context: PlacementContext,
): Issue[] {
  const rule = 'enclave-placement';
  const issues: Issue[] = [];
  if (context.outline) {
    const inside = verticesOf(geometry).find((position) =>
      booleanPointInPolygon(position, context.outline!),
    );
    if (inside) {
      issues.push(
        makeIssue(
          rule,
          location,
          'geometry',
          `vertex ${formatPosition(inside)} lies inside Lishui; expected an out-of-town enclave to lie outside the Lishui outline`,
        ),
      );
    }
  }
  if (!properties.hostCity) {
    issues.push(
      makeIssue(
        rule,
        location,
        'properties.hostCity',
        'missing; expected the host city as written in the plan',
      ),
    );
    return issues;
  }
  const anchors = hostPlaces(properties.hostCity, context.places);
  if (anchors.length === 0) {
    issues.push(
      makeIssue(
        rule,
        location,
        'properties.hostCity',
        `no place in records/*.json is named like "${properties.hostCity}"; expected one to check the enclave's position against`,
      ),
    );
    return issues;
  }
  let worst: { position: Position; distanceKm: number } | null = null;
  for (const position of verticesOf(geometry)) {
    const nearest = Math.min(
      ...anchors.map((anchor) =>
        distance(position, [anchor.lng, anchor.lat], { units: 'kilometers' }),
      ),
    );
    if (nearest > ENCLAVE_HOST_RADIUS_KM && (!worst || nearest > worst.distanceKm)) {
      worst = { position, distanceKm: nearest };
    }
  }
  if (worst) {
    issues.push(
      makeIssue(
        rule,
        location,
        'geometry',
        `vertex ${formatPosition(worst.position)} is ${formatKm(worst.distanceKm)} from the nearest place named like hostCity "${properties.hostCity}" (${anchors.map((anchor) => anchor.id).join(', ')}); expected within ${ENCLAVE_HOST_RADIUS_KM} km`,
      ),
    );
  }
  return issues;
}

/** Recipe presence by geometryQuality. */
export function checkRecipePresence(
  location: IssueLocation,
  properties: FeatureProperties,
): Issue[] {
  const { geometryQuality, recipe } = properties;
  if (geometryQuality === 'unplaced' && recipe) {
    return [
      makeIssue(
        'unplaced',
        location,
        'properties.recipe',
        'an "unplaced" feature has a recipe; expected no recipe and null geometry',
      ),
    ];
  }
  if (geometryQuality === 'schematic' && !recipe) {
    return [
      makeIssue(
        'recipe',
        location,
        'properties.recipe',
        'missing; expected a recipe for a schematic shape (npm run geodata draws it)',
      ),
    ];
  }
  if ((geometryQuality === 'county-seat') !== (recipe?.type === 'seat')) {
    return [
      makeIssue(
        'seat-recipe',
        location,
        'properties.recipe',
        geometryQuality === 'county-seat'
          ? 'a "county-seat" point needs the recipe { "type": "seat" }'
          : 'a "seat" recipe is for "county-seat" points only; expected geometryQuality "county-seat"',
      ),
    ];
  }
  if ((properties.system === 'city') !== (properties.platformKind !== undefined)) {
    return [
      makeIssue(
        'platform-kind',
        location,
        'properties.platformKind',
        properties.system === 'city'
          ? 'missing; a city-plan platform needs its platformKind (its layer)'
          : 'only city-plan platforms (system "city") have a platformKind',
      ),
    ];
  }
  if (geometryQuality === 'official' && recipe) {
    return [
      makeIssue(
        'recipe',
        location,
        'properties.recipe',
        'an "official" shape keeps its geometry; expected no recipe',
      ),
    ];
  }
  return [];
}

/** Placement checks for one plan feature (see the module comment). */
export function checkPlacement(
  location: IssueLocation,
  properties: FeatureProperties,
  geometry: Geometry | null,
  context: PlacementContext,
): Issue[] {
  const issues = checkRecipePresence(location, properties);
  if (!geometry) return issues;
  if (properties.system === 'enclave')
    return [...issues, ...checkEnclave(location, properties, geometry, context)];

  const neighbour = context.neighbours.get(properties.countyCode);
  const county = context.counties.get(properties.countyCode);
  // The outline drops slivers of the dissolve, so a shape inside its own Lishui county is inside Lishui too.
  const regions: Area[] = neighbour
    ? [neighbour]
    : [...(context.outline ? [context.outline] : []), ...(county ? [county] : [])];
  const regionName = neighbour
    ? `${neighbour.properties.name} (${properties.countyCode}, boundaries/neighbour-counties.geojson)`
    : 'Lishui (boundaries/lishui-outline.geojson)';
  if (regions.length > 0) {
    const outside = farthestOutside(geometry, regions, BOUNDARY_TOLERANCE_KM);
    if (outside) {
      issues.push(
        makeIssue(
          'outside-region',
          location,
          'geometry',
          `vertex ${formatPosition(outside.position)} lies ${formatKm(outside.distanceKm)} outside ${regionName}; expected inside, within ${BOUNDARY_TOLERANCE_KM * 1000} m`,
        ),
      );
      return issues;
    }
  }
  if (properties.geometryQuality === 'schematic' && county) {
    const outside = farthestOutside(geometry, county, BOUNDARY_TOLERANCE_KM);
    if (outside) {
      issues.push(
        makeIssue(
          'outside-county',
          location,
          'geometry',
          `vertex ${formatPosition(outside.position)} lies ${formatKm(outside.distanceKm)} outside its county ${county.properties.name} (${properties.countyCode}); expected inside, within ${BOUNDARY_TOLERANCE_KM * 1000} m`,
        ),
      );
    }
  }
  return issues;
}
