/**
 * Owns the MapLibre map. Intention-revealing commands in, event callbacks
 * out; it never imports the store, so components can be tested with a fake.
 * Selection, overlays, picking and capture are parts it wires together; this
 * file keeps construction, style and layers, camera and lifecycle.
 */
import {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { afterNextPaint, measureInteraction } from '@/lib/interaction-timing';
import type { Language } from '@/i18n/language';
import type { BasemapId } from '@/data/basemap-catalog';
import { MAP_BOUNDS } from '@/data/geo/map-bounds';
import type { Camera } from '@/data/geo/camera';
import {
  cameraToFit,
  DEFAULT_FIT_MAX_ZOOM,
  flightDurationMs,
  openingView,
  readCamera,
  type OpeningCamera,
} from './camera-moves';
import { exportImage, snapshot } from './capture';
import { FullscreenToggle, LocateControl } from './controls';
import { SOURCE, thematicLayerOfStyleLayer } from './ids';
import type {
  DrawingHandlers,
  MapApi,
  MapCallbacks,
  MapControlLabels,
  OverlayApi,
  ScreenPadding,
} from './map-api';
import { MapOverlays } from './overlays';
import { FeaturePicker } from './picking';
import { isSoftwareRenderer, rendererName } from './renderer';
import { FeatureSelection } from './selection';
import {
  setLabelLanguage,
  setLabelScale,
  setThematicLayerVisibility,
  swapBasemap,
} from './style-edits';
import type { TextSize } from './label-scale';
import { CSS_FONT_FAMILY } from './theme';
import { YieldingMap } from './yielding-map';

/** Longest wait for relaid labels before the map paints anyway (a slow worker). */
const LANGUAGE_PAINT_HOLD_MS = 1000;

/**
 * Resolution of moving frames in software WebGL. Measured while panning over
 * 100k clustered points: frame median 117–133 → 50–67 ms, p95 167–200 → 67–83 ms,
 * no frame over 200 ms (0.75 gave 67 / 100 ms).
 */
const SOFTWARE_MOTION_RESOLUTION = 0.5;

export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification;
  camera: OpeningCamera;
  /** Ids of the selectable features, all in the shapes source (for feature-state). */
  shapeIds: ReadonlySet<string>;
  callbacks: MapCallbacks;
}

export class MapController implements MapApi, OverlayApi {
  private readonly map: YieldingMap;
  private readonly callbacks: MapCallbacks;
  private readonly selection: FeatureSelection;
  private readonly picker: FeaturePicker;
  private readonly overlays: MapOverlays;
  private language: Language = 'zh';
  private labelScale = 1;
  /** Each label layer's size as its builder wrote it, before any scaling. */
  private readonly baseLabelSizes = new Map<string, TextSize | undefined>();
  private readonly fullscreen: FullscreenToggle;
  private readonly locateControl: LocateControl;

  constructor(options: MapControllerOptions) {
    this.callbacks = options.callbacks;
    this.map = new YieldingMap({
      container: options.container,
      style: options.style,
      ...openingView(options.camera),
      maxBounds: MAP_BOUNDS,
      attributionControl: false,
      localIdeographFontFamily: CSS_FONT_FAMILY,
      // No preserveDrawingBuffer: keeping the buffer costs a copy on every frame
      // (a quarter of the frame time in software WebGL). Pictures are read in the
      // render event instead (capture.ts), while the frame just drawn is still there.
      dragRotate: true,
      // Labels appear and give way at once instead of fading over 300 ms: every
      // fade is a run of full map frames, each 100-200 ms in software WebGL, that
      // held the page after a pan or a language switch for up to a second.
      fadeDuration: 0,
    });
    // Without a GPU, moving frames are drawn at half resolution (see setMotionResolution).
    if (isSoftwareRenderer(rendererName(this.map.painter.context.gl)))
      this.map.setMotionResolution(SOFTWARE_MOTION_RESOLUTION);
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'bottom-right');
    // Full screen takes the map with its panels (the container's parent), not the bare canvas.
    this.fullscreen = new FullscreenToggle(options.container.parentElement ?? options.container);
    this.locateControl = new LocateControl();
    this.map.addControl(this.fullscreen, 'bottom-right');
    this.map.addControl(this.locateControl, 'bottom-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.selection = new FeatureSelection(this.map, options.shapeIds);
    this.picker = new FeaturePicker(this.map, options.style.layers);
    this.overlays = new MapOverlays(this.map, this.selection, this.picker);
    if ('bounds' in options.camera) {
      const { bounds, padding, maxZoom = DEFAULT_FIT_MAX_ZOOM } = options.camera;
      const camera = cameraToFit(this.map, bounds, padding, maxZoom);
      if (camera) this.map.jumpTo(camera);
    }

    // Added after the opening jump: that jump is no view the user committed.
    this.map.once('idle', () => {
      this.callbacks.onReady();
      this.callbacks.onViewBounds?.(this.viewBounds());
    });
    this.map.on('moveend', () => {
      this.callbacks.onViewCommit(this.getCamera());
      this.callbacks.onViewBounds?.(this.viewBounds());
    });
    this.map.on('click', this.handleClick);
    this.map.on('mousemove', this.handleMove);
    this.map.on('mouseout', () => this.selection.clearHover());
  }

  private readonly handleClick = (event: MapMouseEvent) => {
    if (this.overlays.takeClick([event.lngLat.lng, event.lngLat.lat])) return;
    // The panel this click opens paints first; the map's redraw follows a frame later.
    this.map.yieldNextFrame();
    this.callbacks.onFeatureClick(this.picker.pickIds(event.point));
  };

  private readonly handleMove = (event: MapMouseEvent) => {
    if (this.overlays.takeMove([event.lngLat.lng, event.lngLat.lat])) return;
    this.selection.hover(this.picker.pickTop(event.point));
  };

  /** What the map shows: [west, south, east, north] in degrees. */
  private viewBounds(): [number, number, number, number] {
    const bounds = this.map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  }

  getCamera(): Camera {
    return readCamera(this.map);
  }

  setSelectedFeature(id: string | null): void {
    this.selection.select(id);
  }

  /** Fades every feature not in `activeIds`; null clears the filter. */
  setFilteredFeatures(activeIds: ReadonlySet<string> | null): void {
    this.selection.setFilteredFeatures(activeIds);
  }

  setLayerVisibility(thematicLayerId: string, visible: boolean): void {
    setThematicLayerVisibility(this.map, thematicLayerId, visible);
  }

  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    // The old labels stay on screen until the worker has laid out the new ones:
    // drawing them again meanwhile would only cost frames. The map goes idle in the
    // frame that draws the new labels; the measure (started by the store's switch)
    // ends once that frame is on screen.
    this.map.holdPaintUntilLoaded(SOURCE.labels, LANGUAGE_PAINT_HOLD_MS);
    this.map.once('idle', () => afterNextPaint(() => measureInteraction('language')));
    setLabelLanguage(this.map, language);
  }

  /** Multiplies every label's size by `factor` (1: desk sizes), e.g. on a projector. */
  setLabelScale(factor: number): void {
    if (factor === this.labelScale) return;
    this.labelScale = factor;
    const apply = () => setLabelScale(this.map, this.labelScale, this.baseLabelSizes);
    // Before the style has loaded its layers cannot be edited: scale once it is drawn.
    if (this.map.loaded()) apply();
    else this.map.once('idle', apply);
  }

  /** Titles of the map's own buttons, in the current language. */
  setControlLabels(labels: MapControlLabels): void {
    this.fullscreen.setLabels(labels);
    this.locateControl.setLabels(labels);
  }

  /** Replaces the basemap under the overlays; "none" is the offline default. */
  setBasemap(basemap: BasemapId, language: Language, token: string | null): void {
    swapBasemap(this.map, basemap, language, token);
  }

  flyTo(camera: Partial<Camera> & { center: [number, number] }): void {
    this.map.flyTo({ ...camera, duration: flightDurationMs(), essential: false });
  }

  /** Fits [west, south, east, north] in degrees, leaving room for panels. */
  fitBounds(
    bbox: [number, number, number, number],
    padding: ScreenPadding,
    maxZoom = DEFAULT_FIT_MAX_ZOOM,
  ): void {
    const camera = cameraToFit(this.map, bbox, padding, maxZoom);
    if (!camera) return;
    this.map.flyTo({
      ...camera,
      bearing: 0,
      pitch: 0,
      duration: flightDurationMs(),
      essential: false,
    });
  }

  resize(): void {
    this.map.resize();
  }

  /**
   * Ids of features drawn on screen in a thematic layer (for tests and exports):
   * their shapes, or their labels (only those placed, not those that gave way).
   */
  renderedFeatureIds(thematicLayerId: string, what: 'shapes' | 'labels' = 'shapes'): string[] {
    const ids = new Set<string>();
    for (const feature of this.renderedFeatures(thematicLayerId, what)) {
      const id = feature.properties?.id;
      if (typeof id === 'string') ids.add(id);
    }
    return [...ids].sort();
  }

  /** Sizes (CSS px) of the labels placed on screen in a thematic layer, as drawn now. */
  renderedLabelSizes(thematicLayerId: string): number[] {
    return (
      this.renderedFeatures(thematicLayerId, 'labels')
        // queryRenderedFeatures evaluates each feature's layout at the current zoom.
        .map(
          (feature) => (feature.layer.layout as Record<string, unknown> | undefined)?.['text-size'],
        )
        .filter((size): size is number => typeof size === 'number')
    );
  }

  private renderedFeatures(thematicLayerId: string, what: 'shapes' | 'labels') {
    const layers = (this.map.getStyle().layers ?? [])
      .filter(
        (layer) =>
          thematicLayerOfStyleLayer(layer.id) === thematicLayerId &&
          (layer.type === 'symbol') === (what === 'labels'),
      )
      .map((layer) => layer.id);
    return this.map.queryRenderedFeatures({ layers });
  }

  /** True when nothing is loading or moving: a change has been drawn. */
  isSettled(): boolean {
    return this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded();
  }

  /** Screen pixel of a [lng, lat] position. */
  project(position: [number, number]): [number, number] {
    const point = this.map.project(position);
    return [point.x, point.y];
  }

  featureState(id: string): Record<string, unknown> {
    return this.selection.featureState(id);
  }

  styleLayerIds(): string[] {
    return (this.map.getStyle().layers ?? []).map((layer) => layer.id);
  }

  getCanvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  exportImage(pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; attribution: string[] }> {
    return exportImage(this.map, pixelRatio);
  }

  snapshot(): Promise<HTMLCanvasElement> {
    return snapshot(this.map);
  }

  setUserFeatures(featureCollection: GeoJSON.FeatureCollection): void {
    this.overlays.setUserFeatures(featureCollection);
  }

  setSketch(featureCollection: GeoJSON.FeatureCollection): void {
    this.overlays.setSketch(featureCollection);
  }

  setDrawingMode(active: boolean): void {
    this.overlays.setDrawingMode(active);
  }

  setDrawingHandlers(handlers: DrawingHandlers | null): void {
    this.overlays.setDrawingHandlers(handlers);
  }

  destroy(): void {
    this.map.remove();
  }
}
