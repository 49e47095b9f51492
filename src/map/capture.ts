/**
 * Pictures of the map for prints and exports. The map keeps no drawing buffer
 * (preserveDrawingBuffer would cost a copy on every frame), so a picture is
 * copied inside the render event of a fresh frame, while that frame is there.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longest wait for a redraw at a new pixel ratio before the picture is taken anyway. */
const SETTLE_TIMEOUT_MS = 8000;

/** A copy of the map as drawn now, at the canvas's size in device pixels. */
export function snapshot(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      canvas.getContext('2d')?.drawImage(source, 0, 0);
      resolve(canvas);
    });
    map.triggerRepaint();
  });
}

/**
 * The current view copied to a new canvas at `pixelRatio` device pixels per
 * CSS pixel (print resolution = 2–3), with the style's attributions as text.
 */
export async function exportImage(
  map: MapLibreMap,
  pixelRatio: number,
): Promise<{ canvas: HTMLCanvasElement; attribution: string[] }> {
  const previous = map.getPixelRatio();
  if (pixelRatio !== previous) {
    map.setPixelRatio(pixelRatio);
    await settled(map);
  }
  const canvas = await snapshot(map);
  if (pixelRatio !== previous) map.setPixelRatio(previous);
  const attribution = Object.values(map.getStyle().sources).flatMap((source) =>
    'attribution' in source && typeof source.attribution === 'string'
      ? [source.attribution.replace(/<[^>]*>/g, '').trim()]
      : [],
  );
  return { canvas, attribution: [...new Set(attribution.filter(Boolean))] };
}

/** Resolves at the next idle (all tiles drawn, no transition), or after SETTLE_TIMEOUT_MS. */
function settled(map: MapLibreMap): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, SETTLE_TIMEOUT_MS);
    map.once('idle', () => {
      window.clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}
