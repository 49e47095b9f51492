/**
 * Draws the schematic geometry of plan features from their recipes (see
 * recipeSchema), anchored on place positions and clipped to the feature's
 * county (a circle with withinParent also to its parent's shape). Features whose geometryQuality is "official" keep their geometry:
 * replacing a shape with an official one is an edit of one layer file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  bbox,
  circle,
  difference,
  featureCollection,
  intersect,
  point,
  rewind,
  union,
  voronoi,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { FeatureProperties, Place, Recipe } from '../../src/data/schema.ts';
import { featureCollectionText } from '../../src/lib/geojson-text.ts';
import { dropConsecutiveDuplicates, roundCoordinate } from './boundary-clean.ts';

type Area = Feature<Polygon | MultiPolygon>;
interface LayerFeature {
  type: 'Feature';
  properties: FeatureProperties & Record<string, unknown>;
  geometry: Geometry | null;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function roundPositions(geometry: Geometry): Geometry {
  const ring = (positions: Position[]) =>
    dropConsecutiveDuplicates(
      positions.map(([lng, lat]) => [roundCoordinate(lng!), roundCoordinate(lat!)]),
    );
  switch (geometry.type) {
    case 'Point':
      return {
        type: 'Point',
        coordinates: [
          roundCoordinate(geometry.coordinates[0]!),
          roundCoordinate(geometry.coordinates[1]!),
        ],
      };
    case 'LineString': {
      const line = geometry.coordinates.map(([lng, lat]) => [
        roundCoordinate(lng!),
        roundCoordinate(lat!),
      ]);
      return {
        type: 'LineString',
        coordinates: line.filter(
          (p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1],
        ),
      };
    }
    case 'Polygon':
      return rewind(
        {
          type: 'Polygon',
          coordinates: geometry.coordinates.map(ring).filter((r) => r.length >= 4),
        },
        { reverse: false },
      ) as Polygon;
    case 'MultiPolygon':
      return rewind(
        {
          type: 'MultiPolygon',
          coordinates: geometry.coordinates
            .map((polygon) => polygon.map(ring).filter((r) => r.length >= 4))
            .filter((p) => p.length > 0),
        },
        { reverse: false },
      ) as MultiPolygon;
    default:
      return geometry;
  }
}

/**
 * Offset in km [east, north] of the index-th of `count` points sharing one
 * seat: a sunflower spiral (golden angle), so each stays clickable on its own
 * and none sits on another, however many there are. One point stays on the seat.
 */
export function seatOffsetKm(index: number, count: number): [number, number] {
  if (count <= 1) return [0, 0];
  const radius = 0.9 * Math.sqrt(index + 0.5);
  const angle = index * 2.399963229728653;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

/** Radius in km of a circle with the given area in hectares. */
export function radiusKmForArea(areaHa: number): number {
  return Math.sqrt((areaHa * 10_000) / Math.PI) / 1000;
}

export interface PlanGeometryInputs {
  layers: Map<string, FeatureCollection>;
  places: Map<string, Place>;
  counties: Map<string, Area>;
}

/** Draws every non-official feature; returns layer file → features with geometry. */
export function drawPlanGeometry(inputs: PlanGeometryInputs): Map<string, LayerFeature[]> {
  const all = new Map<string, LayerFeature>();
  for (const collection of inputs.layers.values()) {
    for (const feature of collection.features as unknown as LayerFeature[])
      all.set(feature.properties.id, feature);
  }
  // Voronoi seeds per county: the places some "townships" recipe names.
  const seedsByCounty = new Map<string, Set<string>>();
  for (const feature of all.values()) {
    const recipe = feature.properties.recipe as Recipe | undefined;
    if (recipe?.type !== 'townships') continue;
    const seeds = seedsByCounty.get(feature.properties.countyCode) ?? new Set<string>();
    for (const place of [...recipe.places, ...(recipe.context ?? [])]) seeds.add(place);
    seedsByCounty.set(feature.properties.countyCode, seeds);
  }

  // Seats: the place marked seatOf a county (else `place-seat-<code>`), and who stands there.
  const seatPlaceOf = (countyCode: string): string => {
    for (const candidate of inputs.places.values())
      if (candidate.seatOf === countyCode) return candidate.id;
    return `place-seat-${countyCode}`;
  };
  const seatSharers = new Map<string, string[]>();
  for (const feature of [...all.values()].sort((a, b) =>
    a.properties.id.localeCompare(b.properties.id),
  )) {
    if ((feature.properties.recipe as Recipe | undefined)?.type !== 'seat') continue;
    const sharers = seatSharers.get(feature.properties.countyCode) ?? [];
    sharers.push(feature.properties.id);
    seatSharers.set(feature.properties.countyCode, sharers);
  }

  const drawn = new Map<string, Geometry | null>();
  const inProgress = new Set<string>();
  const place = (id: string): Place => {
    const found = inputs.places.get(id);
    if (!found) throw new Error(`recipe names unknown place "${id}"`);
    return found;
  };

  const clip = (shape: Area, countyCode: string, featureId: string): Area => {
    const county = inputs.counties.get(countyCode);
    if (!county) throw new Error(`${featureId}: no boundary for county ${countyCode}`);
    const clipped = intersect(featureCollection([shape, county]));
    if (!clipped) throw new Error(`${featureId}: shape lies outside county ${countyCode}`);
    return clipped as Area;
  };

  const areaOf = (id: string, requester: string): Area => {
    const geometry = draw(id, requester);
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new Error(`${requester}: "${id}" is not an area`);
    }
    return { type: 'Feature', properties: {}, geometry };
  };

  function draw(id: string, requester = id): Geometry | null {
    if (drawn.has(id)) return drawn.get(id)!;
    const feature = all.get(id);
    if (!feature) throw new Error(`${requester}: recipe names unknown feature "${id}"`);
    const properties = feature.properties;
    if (properties.geometryQuality === 'official' && feature.geometry) {
      drawn.set(id, feature.geometry);
      return feature.geometry;
    }
    const recipe = properties.recipe as Recipe | undefined;
    if (properties.geometryQuality === 'unplaced') {
      if (recipe) throw new Error(`${id}: an unplaced feature has no recipe`);
      return null;
    }
    if (!recipe) throw new Error(`${id}: no geometry and no recipe`);
    if (inProgress.has(id)) throw new Error(`${id}: recipe refers to itself`);
    inProgress.add(id);
    const clipToCounty = properties.system !== 'enclave';
    let geometry: Geometry;
    switch (recipe.type) {
      case 'point': {
        const anchor = place(recipe.place);
        geometry = { type: 'Point', coordinates: [anchor.lng, anchor.lat] };
        break;
      }
      case 'seat': {
        const seat = place(seatPlaceOf(properties.countyCode));
        const sharers = seatSharers.get(properties.countyCode) ?? [id];
        const [eastKm, northKm] = seatOffsetKm(sharers.indexOf(id), sharers.length);
        const kmPerDegreeLat = 111.32;
        const kmPerDegreeLng = kmPerDegreeLat * Math.cos((seat.lat * Math.PI) / 180);
        geometry = {
          type: 'Point',
          coordinates: [seat.lng + eastKm / kmPerDegreeLng, seat.lat + northKm / kmPerDegreeLat],
        };
        break;
      }
      case 'line': {
        geometry = {
          type: 'LineString',
          coordinates: recipe.places.map((p) => [place(p).lng, place(p).lat]),
        };
        break;
      }
      case 'circle': {
        const anchor = place(recipe.place);
        const radius = recipe.areaHa ? radiusKmForArea(recipe.areaHa) : (recipe.radiusKm ?? 1);
        const shape = circle([anchor.lng, anchor.lat], radius, {
          steps: 48,
          units: 'kilometers',
        }) as Area;
        let clipped = clipToCounty ? clip(shape, properties.countyCode, id) : shape;
        if (recipe.withinParent) {
          if (!properties.parentId) throw new Error(`${id}: withinParent needs a parentId`);
          const inside = intersect(featureCollection([clipped, areaOf(properties.parentId, id)]));
          if (!inside)
            throw new Error(`${id}: circle lies outside its parent ${properties.parentId}`);
          clipped = inside as Area;
        }
        geometry = clipped.geometry;
        break;
      }
      case 'townships': {
        const county = inputs.counties.get(properties.countyCode);
        if (!county) throw new Error(`${id}: no boundary for county ${properties.countyCode}`);
        const seeds = [...(seedsByCounty.get(properties.countyCode) ?? [])].sort();
        const [west, south, east, north] = bbox(county);
        const cells = voronoi(
          featureCollection(
            seeds.map((seed) => point([place(seed).lng, place(seed).lat], { seed })),
          ),
          { bbox: [west - 0.1, south - 0.1, east + 0.1, north + 0.1] },
        );
        const chosen = cells.features.filter(
          (cell, index) => cell && recipe.places.includes(seeds[index]!),
        ) as Area[];
        if (chosen.length === 0) throw new Error(`${id}: no Voronoi cell for its places`);
        const merged =
          chosen.length === 1 ? chosen[0]! : (union(featureCollection(chosen)) as Area);
        let shape: Area | null = clip(merged, properties.countyCode, id);
        for (const other of recipe.minus ?? []) {
          shape = shape
            ? (difference(featureCollection([shape, areaOf(other, id)])) as Area | null)
            : null;
        }
        if (!shape) throw new Error(`${id}: nothing is left of the townships after subtracting`);
        geometry = shape.geometry;
        break;
      }
      case 'county': {
        let shape: Area | null = inputs.counties.get(properties.countyCode) ?? null;
        if (!shape) throw new Error(`${id}: no boundary for county ${properties.countyCode}`);
        for (const other of recipe.minus ?? []) {
          shape = shape
            ? (difference(featureCollection([shape, areaOf(other, id)])) as Area | null)
            : null;
        }
        if (!shape) throw new Error(`${id}: nothing is left of the county after subtracting`);
        geometry = shape.geometry;
        break;
      }
      case 'union': {
        const parts = recipe.of.map((other) => areaOf(other, id));
        const merged =
          parts.length === 1 ? parts[0]! : (union(featureCollection(parts)) as Area | null);
        if (!merged) throw new Error(`${id}: union is empty`);
        geometry = merged.geometry;
        break;
      }
    }
    inProgress.delete(id);
    const rounded = roundPositions(geometry);
    drawn.set(id, rounded);
    return rounded;
  }

  const output = new Map<string, LayerFeature[]>();
  for (const [file, collection] of inputs.layers) {
    output.set(
      file,
      (collection.features as unknown as LayerFeature[]).map((feature) => ({
        type: 'Feature',
        properties: feature.properties,
        geometry: draw(feature.properties.id),
      })),
    );
  }
  return output;
}

/** Reads layers and places from geodata/ and returns the redrawn layer files. */
export function buildPlanLayers(
  root: string,
  boundaries: Map<string, string>,
): Map<string, string> {
  const geodata = path.join(root, 'geodata');
  const layerDir = path.join(geodata, 'layers');
  const recordDir = path.join(geodata, 'records');
  const layers = new Map<string, FeatureCollection>();
  for (const file of readdirSync(layerDir)
    .filter((name) => name.endsWith('.geojson'))
    .sort()) {
    layers.set(`layers/${file}`, readJson(path.join(layerDir, file)) as FeatureCollection);
  }
  const places = new Map<string, Place>();
  for (const file of readdirSync(recordDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const records = readJson(path.join(recordDir, file)) as { places?: Place[] };
    for (const entry of records.places ?? [])
      if (!places.has(entry.id)) places.set(entry.id, entry);
  }
  const counties = new Map<string, Area>();
  for (const file of [
    'boundaries/lishui-counties.geojson',
    'boundaries/neighbour-counties.geojson',
  ]) {
    const text = boundaries.get(file);
    if (!text) continue;
    for (const feature of (JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>)
      .features) {
      counties.set(String(feature.properties?.code), feature as Area);
    }
  }
  const drawnLayers = drawPlanGeometry({ layers, places, counties });
  const output = new Map<string, string>();
  for (const [file, features] of drawnLayers) {
    output.set(file, featureCollectionText(features));
  }
  return output;
}
