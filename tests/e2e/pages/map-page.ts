import { expect, type Locator, type Page } from '@playwright/test';
import { appUrl, type QueryValue } from './app-url';

/** The debug handle's probes (src/app/debug-handle.ts), typed from the app itself. */
type DebugHandle = NonNullable<Window['__lishuiMap']>;
export type Camera = ReturnType<DebugHandle['getCamera']>;

/** A position on the map in CSS pixels from its top-left corner: [x, y]. */
export type MapPixel = [number, number];

/**
 * The map screen: opening the app, waiting for the map, moving and clicking it,
 * and reading what it draws. The only place that talks to the debug handle
 * `window.__lishuiMap` (declared in src/app/debug-handle.ts).
 */
export class MapPage {
  readonly map: Locator;
  readonly canvas: Locator;
  readonly attribution: Locator;
  readonly enclaveInset: Locator;
  readonly loadError: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByTestId('map');
    this.canvas = this.map.locator('canvas');
    this.attribution = page.locator('.maplibregl-ctrl-attrib');
    this.enclaveInset = page.getByTestId('enclave-inset');
    this.loadError = page.getByTestId('load-error');
  }

  /** Opens the app with these URL parameters without waiting for the map (e.g. when it cannot load). */
  async visit(params: Record<string, QueryValue> = {}): Promise<void> {
    await this.page.goto(appUrl(params));
  }

  /** Opens the app with these URL parameters and waits until the map is drawn. */
  async open(params: Record<string, QueryValue> = {}): Promise<void> {
    await this.visit(params);
    await this.waitForIdle();
  }

  /** Reloads the page and waits until the map is drawn again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForIdle();
  }

  async waitForIdle(): Promise<void> {
    await expect(this.map).toHaveAttribute('data-map-idle', 'true', { timeout: 45_000 });
  }

  /** Waits until the map has finished rendering after a change (two animation frames without movement). */
  async waitForSettled(): Promise<void> {
    await this.page.waitForFunction(() => window.__lishuiMap?.isSettled() ?? false, null, {
      timeout: 20_000,
    });
  }

  camera(): Promise<Camera> {
    return this.page.evaluate(() => window.__lishuiMap!.getCamera());
  }

  /** Ids of the features of a thematic layer drawn on screen (their shapes, or their labels). */
  renderedFeatureIds(layer: string, what?: 'shapes' | 'labels'): Promise<string[]> {
    return this.page.evaluate(
      ([layerId, drawn]) => window.__lishuiMap!.renderedFeatureIds(layerId, drawn),
      [layer, what] as const,
    );
  }

  /** Sizes (CSS px) of the labels of a thematic layer placed on screen now. */
  renderedLabelSizes(layer: string): Promise<number[]> {
    return this.page.evaluate((layerId) => window.__lishuiMap!.renderedLabelSizes(layerId), layer);
  }

  /** Ids of the thematic features drawn on screen and not dimmed, sorted. */
  highlightedFeatureIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__lishuiMap!;
      const layers = map
        .styleLayerIds()
        .map((id) => id.split(':')[0]!)
        .filter(
          (id, index, all) =>
            all.indexOf(id) === index &&
            !['background', 'basemap', 'outline', 'water', 'places', 'towns'].includes(id),
        );
      const ids = new Set(layers.flatMap((layer) => map.renderedFeatureIds(layer)));
      return [...ids].filter((id) => map.featureState(id).dimmed !== true).sort();
    });
  }

  featureState(id: string): Promise<Record<string, unknown>> {
    return this.page.evaluate((featureId) => window.__lishuiMap!.featureState(featureId), id);
  }

  /** The style's layer ids, bottom to top. */
  styleLayerIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__lishuiMap!.styleLayerIds());
  }

  /** Where a [lng, lat] position is on the map, as a MapPixel. */
  project(position: [number, number]): Promise<MapPixel> {
    return this.page.evaluate((lngLat) => window.__lishuiMap!.project(lngLat), position);
  }

  /** The map's size on screen in CSS pixels. */
  async size(): Promise<{ width: number; height: number }> {
    const box = (await this.map.boundingBox())!;
    return { width: box.width, height: box.height };
  }

  /** Clicks the map at a [lng, lat] position. */
  async clickAt(position: [number, number]): Promise<void> {
    await this.clickAtPixel(await this.project(position));
  }

  async clickAtPixel([x, y]: MapPixel): Promise<void> {
    const box = (await this.map.boundingBox())!;
    await this.page.mouse.click(box.x + x, box.y + y);
  }

  /** Presses on the map at `from` and drags to `to` in `steps` moves, keeping the button down. */
  async startDrag(from: MapPixel, to: MapPixel, steps: number): Promise<void> {
    const box = (await this.map.boundingBox())!;
    await this.page.mouse.move(box.x + from[0], box.y + from[1]);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + to[0], box.y + to[1], { steps });
  }

  /** Lets go of a drag begun with startDrag. */
  async endDrag(): Promise<void> {
    await this.page.mouse.up();
  }

  /** Drags the map from one position to another, as a user pans it. */
  async drag(from: MapPixel, to: MapPixel, steps: number): Promise<void> {
    await this.startDrag(from, to, steps);
    await this.endDrag();
  }

  /** The drawing buffer's width against the canvas's CSS width, in device pixels (1 = sharp). */
  drawingBufferScale(): Promise<number> {
    return this.canvas.evaluate((element: HTMLCanvasElement) =>
      Number((element.width / (element.clientWidth * devicePixelRatio)).toFixed(2)),
    );
  }

  /** The canvas's drawing buffer height in device pixels. */
  canvasPixelHeight(): Promise<number> {
    return this.canvas.evaluate((canvas) => (canvas as HTMLCanvasElement).height);
  }
}
