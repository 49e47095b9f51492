import { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Lets the page paint one frame without the map. While a yield is on, map
 * frames are skipped and remembered; once the page's next frame has been
 * painted, a skipped frame is asked for again.
 */
export class FrameYield {
  private yielding = false;
  private missedFrame = false;

  constructor(private readonly repaint: () => void) {}

  start(): void {
    if (this.yielding || typeof requestAnimationFrame !== 'function') return;
    this.yielding = true;
    requestAnimationFrame(() => {
      // Queued from the frame callback: runs once that frame has been painted.
      setTimeout(() => {
        this.yielding = false;
        if (this.missedFrame) {
          this.missedFrame = false;
          this.repaint();
        }
      }, 0);
    });
  }

  /** True when a map frame must be skipped now (and is then redrawn later). */
  skipsFrame(): boolean {
    if (this.yielding) this.missedFrame = true;
    return this.yielding;
  }
}

/**
 * MapLibre's map, able to sit out one page frame.
 *
 * A frame that carries a new map picture is shown only once the GPU has drawn
 * it; in software WebGL (a laptop or projector PC without a usable GPU) that
 * takes 100–200 ms, and everything else on the page waits with it. A click
 * always brings a map redraw (MapLibre repaints on mouseup, and the selection
 * is highlighted), so the detail panel the click opens would wait for it.
 * Sitting out the next frame lets the panel paint first; the map draws in the
 * frame after, about one frame later than it otherwise would.
 */
export class YieldingMap extends MapLibreMap {
  // A map removed while it sat out a frame (a click that closed the view) stays quiet.
  private readonly frameYield = new FrameYield(() => {
    if (!this._removed) this.triggerRepaint();
  });

  /** Holds map redraws until the page has painted its next frame. */
  yieldNextFrame(): void {
    this.frameYield.start();
  }

  override _render(paintStartTimeStamp: number): this {
    if (this.frameYield.skipsFrame()) return this;
    return super._render(paintStartTimeStamp);
  }
}
