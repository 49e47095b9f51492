/**
 * Reading and computing map cameras: what the store is given, where the map
 * opens, and which camera frames a box inside the panels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '@/data/geo/camera';
import type { ScreenPadding } from './map-api';

/** The closest a fit zooms in, unless told otherwise: a small park is not framed at street level. */
export const DEFAULT_FIT_MAX_ZOOM = 13;

/** Where the map opens: a camera, or bounds to fit ([west, south, east, north], degrees) with padding. */
export type OpeningCamera =
  Camera | { bounds: [number, number, number, number]; padding: ScreenPadding; maxZoom?: number };

/** Length of animated moves in ms: none for users who ask for reduced motion. */
export function flightDurationMs(): number {
  const reducedMotion =
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return reducedMotion ? 0 : 900;
}

/** The map's camera: center [lng, lat] to 5 decimals (about 1 m), zoom to 2, angles to 0.1 degree, for short URLs. */
export function readCamera(map: MapLibreMap): Camera {
  const center = map.getCenter();
  return {
    center: [Number(center.lng.toFixed(5)), Number(center.lat.toFixed(5))],
    zoom: Number(map.getZoom().toFixed(2)),
    bearing: Number(map.getBearing().toFixed(1)),
    pitch: Number(map.getPitch().toFixed(1)),
  };
}

/**
 * The first view, before the map has a size to fit bounds in: a camera as
 * given, or the middle of the bounds as center [lng, lat] in degrees (the fit
 * follows once the map exists).
 */
export function openingView(
  camera: OpeningCamera,
): Pick<Camera, 'center' | 'zoom'> & Partial<Camera> {
  if (!('bounds' in camera)) {
    return {
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing,
      pitch: camera.pitch,
    };
  }
  const [west, south, east, north] = camera.bounds;
  return { center: [(west + east) / 2, (south + north) / 2], zoom: 8 };
}

/**
 * The camera that shows bbox ([west, south, east, north], degrees) inside the
 * padded part of the view (padding in CSS pixels), or null when it cannot. The
 * padding is used for this computation only: passing it to fitBounds would keep
 * it on the transform and shift every later view.
 */
export function cameraToFit(
  map: MapLibreMap,
  bbox: [number, number, number, number],
  padding: ScreenPadding,
  maxZoom: number,
): { center: [number, number]; zoom: number } | null {
  const camera = map.cameraForBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding, maxZoom },
  );
  if (!camera?.center || camera.zoom === undefined) return null;
  const center = camera.center as { lng: number; lat: number } | [number, number];
  return {
    center: Array.isArray(center) ? center : [center.lng, center.lat],
    zoom: camera.zoom,
  };
}
