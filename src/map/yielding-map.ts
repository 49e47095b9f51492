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
 * Holds back map paints while one source's tiles are being laid out again.
 *
 * The frames in between would show the same picture as the last one (the old
 * tiles stay until the new ones arrive), yet each costs a full redraw. The hold
 * ends when the source is ready, when the camera moves (a moving map must not
 * freeze) or after `maxMs`, whichever comes first.
 */
export class PaintHold {
  private source: string | null = null;
  private until = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  start(source: string, maxMs: number): void {
    this.source = source;
    this.until = this.now() + maxMs;
  }

  /** True when this paint is to be skipped; ends the hold otherwise. */
  holds(isReady: (source: string) => boolean, moving: boolean): boolean {
    if (this.source === null) return false;
    if (moving || this.now() > this.until || isReady(this.source)) {
      this.source = null;
      return false;
    }
    return true;
  }
}

/**
 * MapLibre's map, able to sit out one page frame, to hold back paints that
 * would repeat the last picture, and to draw moving frames at lower resolution.
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

  private readonly paintHold = new PaintHold();

  /** Pixel-ratio factor for frames drawn while the camera moves (1: full). */
  private motionScale = 1;
  /** Set while moving frames are drawn at reduced resolution: the ratio to go back to. */
  private resting: { override: number | null | undefined } | null = null;

  constructor(options: ConstructorParameters<typeof MapLibreMap>[0]) {
    super(options);
    // Checked once the current frame is over: a flight that ended outside a frame
    // (stop(), jumpTo) left the view drawn small, so it is drawn once more, sharp.
    this.on('moveend', () => {
      // Nothing drawn small (or a GPU renderer, which never is): nothing to check.
      if (!this.resting) return;
      setTimeout(() => {
        if (this.resting && !this.isMoving() && !this._removed) this.triggerRepaint();
      }, 0);
    });
  }

  /** Holds map redraws until the page has painted its next frame. */
  yieldNextFrame(): void {
    this.frameYield.start();
  }

  /**
   * Paints nothing new until `sourceId` has been laid out again (see PaintHold).
   * Frames still run, so style changes reach the worker and tiles keep loading;
   * only the drawing is left out. After a language switch this saves two or
   * three redraws of the old labels, 100–200 ms each in software WebGL.
   */
  holdPaintUntilLoaded(sourceId: string, maxMs: number): void {
    this.paintHold.start(sourceId, maxMs);
  }

  /**
   * Draws frames at `scale` × the resolution while the camera moves (a drag,
   * a zoom, a tour's flight) and at full resolution once it rests. Meant for
   * software WebGL, where a frame's cost is mostly per pixel: at half the
   * resolution a moving frame costs about half as much, so a pan moves twice
   * as smoothly and the page stays responsive. The resting map is never soft.
   */
  setMotionResolution(scale: number): void {
    this.motionScale = Math.min(1, Math.max(0.25, scale));
  }

  /** Resizes the drawing buffer only: no resize or move events, the camera stays. */
  private matchResolutionToMotion(moving: boolean): void {
    if (moving && !this.resting && this.motionScale < 1) {
      this.resting = { override: this._overridePixelRatio };
      this._overridePixelRatio = this.getPixelRatio() * this.motionScale;
      this._resizeInternal(false);
    } else if (!moving && this.resting) {
      this._overridePixelRatio = this.resting.override;
      this.resting = null;
      this._resizeInternal(false);
    }
  }

  override _setupPainter(): void {
    super._setupPainter();
    // Wrapped here so a painter made again after a lost WebGL context keeps both.
    const painter = this.painter;
    const paint = painter.render.bind(painter);
    painter.render = (style, options) => {
      const moving = this.isMoving();
      if (this.paintHold.holds(this.isLaidOut, moving)) return;
      // Here, not at the start of the frame: the frame's camera step has run, so
      // the frame that ends a flight is already drawn sharp (before "idle" fires).
      this.matchResolutionToMotion(moving);
      paint(style, options);
    };
  }

  /**
   * Every tile of the source back, and no second placement pass pending (new
   * symbol tiles make the first placement stale; the next frame places them again).
   */
  private readonly isLaidOut = (sourceId: string): boolean =>
    (!this.getSource(sourceId) || this.isSourceLoaded(sourceId)) && !this._placementDirty;

  override _render(paintStartTimeStamp: number): this {
    if (this.frameYield.skipsFrame()) return this;
    return super._render(paintStartTimeStamp);
  }
}
