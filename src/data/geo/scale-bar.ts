/**
 * The scale bar of a map picture: ground metres per pixel of a Web Mercator
 * map (MapLibre's 512 px tiles, its earth radius) and the round length a bar
 * of at most a given width shows.
 */

/** MapLibre's earth radius in metres (the mean radius, as its ScaleControl uses). */
const EARTH_RADIUS_M = 6371008.8;
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * EARTH_RADIUS_M;
const TILE_SIZE_PX = 512;

/** Ground metres per CSS pixel at `latitude` (degrees) and map `zoom`. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (
    (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE_PX * 2 ** zoom)
  );
}

/** The largest 1, 2 or 5 × 10ⁿ (n ≥ 0) not above `value`; 1 for anything below 1. */
export function roundDown125(value: number): number {
  if (!(value >= 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const leading = value / power;
  // A hair of tolerance: 2000 / 1000 may come out as 1.9999999.
  const step = leading >= 5 - 1e-9 ? 5 : leading >= 2 - 1e-9 ? 2 : 1;
  return step * power;
}

export interface ScaleBar {
  /** The round ground length the bar stands for, in metres. */
  metres: number;
  /** The bar's length in CSS pixels (at most the width asked for). */
  widthPx: number;
}

/**
 * The bar for a map at `latitude` (degrees) and `zoom`, at most `maxWidthPx`
 * CSS pixels long, showing a round length (1, 2 or 5 × 10ⁿ metres).
 */
export function scaleBar(latitude: number, zoom: number, maxWidthPx: number): ScaleBar {
  const perPixel = metresPerPixel(latitude, zoom);
  const metres = roundDown125(perPixel * maxWidthPx);
  return { metres, widthPx: metres / perPixel };
}
