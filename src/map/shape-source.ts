/**
 * GeoJSON sources whose polygons and lines are drawn as fills and strokes.
 *
 * In software WebGL (projector PCs and locked-down laptops without a usable
 * GPU) a map frame costs time per vertex, so these sources trade invisible
 * precision for speed, measured on the opening view in headless Chromium:
 * - `tolerance` 1 px instead of MapLibre's 0.375: boundaries are simplified to
 *   one screen pixel at every zoom (area and length figures come from the data,
 *   not from the tiles, so they are unaffected);
 * - `buffer` 32 px instead of 128: each 512 px tile carried a quarter tile of
 *   its neighbours' geometry on every side, all of it drawn and then clipped.
 *   32 px is still far wider than the widest stroke (3 px) or circle (24 px).
 * Together: 425 000 → 120 000 triangle indices a frame, 267 → 164 ms a frame.
 */
import type { GeoJSONSourceSpecification } from 'maplibre-gl';

export const SHAPE_TOLERANCE_PX = 1;
export const SHAPE_TILE_BUFFER_PX = 32;

/** A source of shapes whose `id` property is their feature-state id. */
export function shapeSource(data: GeoJSON.FeatureCollection): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    promoteId: 'id',
    tolerance: SHAPE_TOLERANCE_PX,
    buffer: SHAPE_TILE_BUFFER_PX,
  };
}
