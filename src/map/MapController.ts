/**
 * Owns the MapLibre map. Intention-revealing commands in, event callbacks
 * out; it never imports the store, so components can be tested with a fake.
 */
import {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { afterNextPaint, measureInteraction } from '@/lib/interaction-timing';
import type { Language } from '@/i18n/language';
import type { BasemapId } from '@/data/basemap-catalog';
import { buildBasemap } from './basemaps';
import {
  BACKGROUND_LAYER,
  BASEMAP_LABEL_LAYER,
  BASEMAP_LAYER,
  SOURCE,
  styleLayerId,
  thematicLayerOfStyleLayer,
} from './ids';
import { countyFillOpacity, labelField, neighbourFillOpacity } from './layers';
import { CSS_FONT_FAMILY } from './theme';
import { MAP_BOUNDS } from '@/data/geo/map-bounds';
import { rankHits } from '@/data/geo/hit-ranking';
import type { Camera } from '@/data/geo/camera';
import type { DrawingHandlers, FeatureRef, MapApi, MapCallbacks, OverlayApi } from './map-api';
import { buildSketchLayers, buildUserLayers, SKETCH_VERTEX_LAYER } from './overlay-layers';
import { shapeSource } from './shape-source';
import { isSoftwareRenderer, rendererName } from './renderer';
import { YieldingMap } from './yielding-map';

/** Longest wait for relaid labels before the map paints anyway (a slow worker). */
const LANGUAGE_PAINT_HOLD_MS = 1000;

/**
 * Resolution of moving frames in software WebGL. Measured while panning over
 * 100k clustered points: frame median 117–133 → 50–67 ms, p95 167–200 → 67–83 ms,
 * no frame over 200 ms (0.75 gave 67 / 100 ms).
 */
const SOFTWARE_MOTION_RESOLUTION = 0.5;

const reducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** The opening camera, or bounds to fit ([west, south, east, north]) with padding. */
  camera:
    | Camera
    | {
        bounds: [number, number, number, number];
        padding: { top: number; right: number; bottom: number; left: number };
        maxZoom?: number;
      };
  /** Ids of the selectable features, all in the shapes source (for feature-state). */
  shapeIds: ReadonlySet<string>;
  callbacks: MapCallbacks;
}

export class MapController implements MapApi, OverlayApi {
  private readonly map: YieldingMap;
  private readonly shapeIds: ReadonlySet<string>;
  private readonly callbacks: MapCallbacks;
  private hovered: FeatureRef | null = null;
  private selected: FeatureRef | null = null;
  private dimmedIds = new Set<string>();
  private language: Language = 'zh';
  private interactiveLayers: string[];

  private drawingHandlers: DrawingHandlers | null = null;
  /** Ids of the user's own features (drawn from SOURCE.userFeatures). */
  private userFeatureIds = new Set<string>();
  private isDrawing = false;
  private draggedVertex: string | null = null;
  /** A drag ends with a click event; that click must not add a vertex. */
  private swallowNextClick = false;

  constructor(options: MapControllerOptions) {
    this.callbacks = options.callbacks;
    this.shapeIds = options.shapeIds;
    this.map = new YieldingMap({
      container: options.container,
      style: options.style,
      ...('bounds' in options.camera
        ? {
            center: [
              (options.camera.bounds[0] + options.camera.bounds[2]) / 2,
              (options.camera.bounds[1] + options.camera.bounds[3]) / 2,
            ] as [number, number],
            zoom: 8,
          }
        : {
            center: options.camera.center,
            zoom: options.camera.zoom,
            bearing: options.camera.bearing,
            pitch: options.camera.pitch,
          }),
      maxBounds: MAP_BOUNDS,
      attributionControl: false,
      localIdeographFontFamily: CSS_FONT_FAMILY,
      // No preserveDrawingBuffer: keeping the buffer costs a copy on every frame
      // (a quarter of the frame time in software WebGL). Pictures are read in the
      // render event instead (snapshot), while the frame just drawn is still there.
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
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.interactiveLayers = this.findInteractiveLayers(options.style.layers);
    if ('bounds' in options.camera) {
      this.jumpToBounds(
        options.camera.bounds,
        options.camera.padding,
        options.camera.maxZoom ?? 13,
      );
    }

    this.map.once('idle', () => this.callbacks.onReady());
    this.map.on('moveend', () => this.callbacks.onViewCommit(this.getCamera()));
    this.map.on('click', this.handleClick);
    this.map.on('mousemove', this.handleMove);
    this.map.on('mouseout', () => this.setHovered(null));
  }

  private findInteractiveLayers(layers: LayerSpecification[]): string[] {
    // Topmost first so a platform wins over the zone it sits in.
    return layers
      .filter((layer) => ['fill', 'line', 'circle'].includes(layer.type))
      .map((layer) => layer.id)
      .filter(
        (id) =>
          !id.startsWith('outline:') &&
          id !== BACKGROUND_LAYER &&
          !id.startsWith('basemap') &&
          // Synthetic benchmark data has no details to show.
          !id.startsWith('bench-'),
      )
      .reverse();
  }

  /** Every feature under the pointer, topmost layer first; rankHits orders them by specificity. */
  private hitsUnder(event: MapMouseEvent): MapGeoJSONFeature[] {
    const box: [[number, number], [number, number]] = [
      [event.point.x - 4, event.point.y - 4],
      [event.point.x + 4, event.point.y + 4],
    ];
    // Hidden layers are not rendered, so queryRenderedFeatures already leaves them out.
    return this.map.queryRenderedFeatures(box, { layers: this.interactiveLayers });
  }

  private readonly handleClick = (event: MapMouseEvent) => {
    if (this.swallowNextClick) {
      this.swallowNextClick = false;
      return;
    }
    if (this.isDrawing) {
      this.drawingHandlers?.onMapClick([event.lngLat.lng, event.lngLat.lat]);
      return;
    }
    // The panel this click opens paints first; the map's redraw follows a frame later.
    this.map.yieldNextFrame();
    this.callbacks.onFeatureClick(rankHits(this.hitsUnder(event).map((hit) => hit.properties)));
  };

  private readonly handleMove = (event: MapMouseEvent) => {
    if (this.draggedVertex) {
      this.drawingHandlers?.onSketchVertexDrag(
        this.draggedVertex,
        [event.lngLat.lng, event.lngLat.lat],
        false,
      );
      return;
    }
    if (this.isDrawing) return;
    const hits = this.hitsUnder(event);
    const [topId] = rankHits(hits.map((hit) => hit.properties));
    const topHit = hits.find((hit) => hit.properties.id === topId);
    const ref = topHit && topId ? { source: topHit.source, id: topId } : null;
    if (ref?.id === this.hovered?.id) return;
    this.setHovered(ref);
    this.map.getCanvas().style.cursor = ref ? 'pointer' : '';
  };

  private setHovered(ref: FeatureRef | null): void {
    if (this.hovered) this.setState(this.hovered, { hover: false });
    this.hovered = ref;
    if (ref) this.setState(ref, { hover: true });
  }

  private setState(ref: FeatureRef, state: Record<string, boolean>): void {
    if (this.map.getSource(ref.source)) this.map.setFeatureState(ref, state);
  }

  private refOf(id: string): FeatureRef | null {
    if (this.userFeatureIds.has(id)) return { source: SOURCE.userFeatures, id };
    return this.shapeIds.has(id) ? { source: SOURCE.shapes, id } : null;
  }

  getCamera(): Camera {
    const center = this.map.getCenter();
    return {
      center: [Number(center.lng.toFixed(5)), Number(center.lat.toFixed(5))],
      zoom: Number(this.map.getZoom().toFixed(2)),
      bearing: Number(this.map.getBearing().toFixed(1)),
      pitch: Number(this.map.getPitch().toFixed(1)),
    };
  }

  setSelectedFeature(id: string | null): void {
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = id ? this.refOf(id) : null;
    if (this.selected) this.setState(this.selected, { selected: true });
  }

  /** Fades every feature not in `activeIds`; null clears the filter. */
  setFilteredFeatures(activeIds: ReadonlySet<string> | null): void {
    const next = new Set<string>();
    if (activeIds) {
      for (const id of this.shapeIds) if (!activeIds.has(id)) next.add(id);
    }
    for (const id of this.dimmedIds) if (!next.has(id)) this.setRefState(id, { dimmed: false });
    for (const id of next) if (!this.dimmedIds.has(id)) this.setRefState(id, { dimmed: true });
    this.dimmedIds = next;
  }

  private setRefState(id: string, state: Record<string, boolean>): void {
    const ref = this.refOf(id);
    if (ref) this.setState(ref, state);
  }

  setLayerVisibility(thematicLayerId: string, visible: boolean): void {
    for (const layer of this.map.getStyle().layers ?? []) {
      if (thematicLayerOfStyleLayer(layer.id) === thematicLayerId) {
        this.map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
      }
    }
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
    for (const layer of this.map.getStyle().layers ?? []) {
      // Cluster counts (benchmark data) are numbers, the same in every language.
      if (layer.type === 'symbol' && !layer.id.startsWith('bench-'))
        this.map.setLayoutProperty(layer.id, 'text-field', labelField(language));
    }
  }

  /** Replaces the basemap under the overlays; "none" is the offline default. */
  setBasemap(basemap: BasemapId, language: Language, token: string | null): void {
    for (const id of [BASEMAP_LABEL_LAYER, BASEMAP_LAYER])
      if (this.map.getLayer(id)) this.map.removeLayer(id);
    for (const id of [SOURCE.basemapLabels, SOURCE.basemap])
      if (this.map.getSource(id)) this.map.removeSource(id);
    const parts = buildBasemap(basemap, language, token);
    for (const [id, source] of Object.entries(parts.sources)) this.map.addSource(id, source);
    const [raster, ...annotations] = parts.layers;
    if (raster) this.map.addLayer(raster, styleLayerId('neighbours', 'fill'));
    const firstPlanLayer = this.map
      .getStyle()
      .layers?.find((layer) => layer.id.startsWith('corridor-') || layer.id.includes('-areas:'));
    for (const annotation of annotations) this.map.addLayer(annotation, firstPlanLayer?.id);
    const online = parts.layers.length > 0;
    this.map.setPaintProperty(
      styleLayerId('counties', 'fill'),
      'fill-opacity',
      countyFillOpacity(online),
    );
    this.map.setPaintProperty(
      styleLayerId('neighbours', 'fill'),
      'fill-opacity',
      neighbourFillOpacity(online),
    );
  }

  flyTo(camera: Partial<Camera> & { center: [number, number] }): void {
    this.map.flyTo({ ...camera, duration: reducedMotion() ? 0 : 900, essential: false });
  }

  /** Fits [west, south, east, north] in degrees, leaving room for panels. */
  /**
   * The camera that shows bbox inside the padded part of the view. Padding is
   * used for this computation only: passing it to fitBounds would keep it on
   * the transform and shift every later view.
   */
  private cameraFor(
    bbox: [number, number, number, number],
    padding: { top: number; right: number; bottom: number; left: number },
    maxZoom: number,
  ): { center: [number, number]; zoom: number } | null {
    const camera = this.map.cameraForBounds(
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

  private jumpToBounds(
    bbox: [number, number, number, number],
    padding: { top: number; right: number; bottom: number; left: number },
    maxZoom: number,
  ): void {
    const camera = this.cameraFor(bbox, padding, maxZoom);
    if (camera) this.map.jumpTo(camera);
  }

  fitBounds(
    bbox: [number, number, number, number],
    padding: { top: number; right: number; bottom: number; left: number },
    maxZoom = 13,
  ): void {
    const camera = this.cameraFor(bbox, padding, maxZoom);
    if (!camera) return;
    this.map.flyTo({
      ...camera,
      bearing: 0,
      pitch: 0,
      duration: reducedMotion() ? 0 : 900,
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
    const layers = (this.map.getStyle().layers ?? [])
      .filter(
        (layer) =>
          thematicLayerOfStyleLayer(layer.id) === thematicLayerId &&
          (layer.type === 'symbol') === (what === 'labels'),
      )
      .map((layer) => layer.id);
    const ids = new Set<string>();
    for (const feature of this.map.queryRenderedFeatures({ layers })) {
      const id = feature.properties?.id;
      if (typeof id === 'string') ids.add(id);
    }
    return [...ids].sort();
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
    const ref = this.refOf(id);
    return ref ? this.map.getFeatureState(ref) : {};
  }

  styleLayerIds(): string[] {
    return (this.map.getStyle().layers ?? []).map((layer) => layer.id);
  }

  getCanvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /**
   * The current view copied to a new canvas at `pixelRatio` device pixels per
   * CSS pixel (print resolution = 2–3), with the style's attributions as text.
   */
  async exportImage(
    pixelRatio: number,
  ): Promise<{ canvas: HTMLCanvasElement; attribution: string[] }> {
    const previous = this.map.getPixelRatio();
    if (pixelRatio !== previous) {
      this.map.setPixelRatio(pixelRatio);
      await this.settled();
    }
    const canvas = await this.snapshot();
    if (pixelRatio !== previous) this.map.setPixelRatio(previous);
    const attribution = Object.values(this.map.getStyle().sources).flatMap((source) =>
      'attribution' in source && typeof source.attribution === 'string'
        ? [source.attribution.replace(/<[^>]*>/g, '').trim()]
        : [],
    );
    return { canvas, attribution: [...new Set(attribution.filter(Boolean))] };
  }

  /** Resolves at the next idle (all tiles drawn, no transition), or after 8 s. */
  private settled(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, 8000);
      this.map.once('idle', () => {
        window.clearTimeout(timer);
        resolve();
      });
      this.map.triggerRepaint();
    });
  }

  /**
   * A copy of the map as drawn now. The WebGL buffer is not preserved between
   * frames, so the copy is made inside the render event of a fresh frame, in
   * the same task as the drawing.
   */
  snapshot(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        canvas.getContext('2d')?.drawImage(source, 0, 0);
        resolve(canvas);
      });
      this.map.triggerRepaint();
    });
  }

  destroy(): void {
    this.map.remove();
  }

  /** Runs now if the style is ready, else once it is. */
  private whenStyleReady(action: () => void): void {
    if (this.map.isStyleLoaded()) action();
    else this.map.once('idle', action);
  }

  setUserFeatures(featureCollection: GeoJSON.FeatureCollection): void {
    this.whenStyleReady(() => {
      const source = this.map.getSource(SOURCE.userFeatures) as GeoJSONSource | undefined;
      // Nothing to draw yet: adding empty sources and layers would cost two more
      // full map frames right after the first view, for every visitor.
      if (!source && featureCollection.features.length === 0) return;
      if (source) source.setData(featureCollection);
      else {
        this.map.addSource(SOURCE.userFeatures, shapeSource(featureCollection));
        const layers = buildUserLayers();
        // The user's shapes go under every label, so plan and county names stay
        // readable over them; their own names go under the county names, which
        // win a collision. (The sketch being drawn stays on top of everything.)
        for (const layer of layers) {
          const below = styleLayerId(layer.type === 'symbol' ? 'counties' : 'neighbours', 'label');
          this.map.addLayer(layer, below);
        }
        // User features win a click over plan features: they are drawn on top.
        this.interactiveLayers = [
          ...layers
            .filter((layer) => layer.type !== 'symbol')
            .map((layer) => layer.id)
            .reverse(),
          ...this.interactiveLayers,
        ];
      }
      this.userFeatureIds = new Set(
        featureCollection.features.map((feature) => String(feature.properties?.id)),
      );
      if (this.selected?.source === SOURCE.userFeatures) {
        const id = this.selected.id;
        this.selected = null;
        if (this.userFeatureIds.has(id)) this.setSelectedFeature(id);
      }
    });
  }

  setSketch(featureCollection: GeoJSON.FeatureCollection): void {
    this.whenStyleReady(() => {
      const source = this.map.getSource(SOURCE.sketch) as GeoJSONSource | undefined;
      if (source) {
        source.setData(featureCollection);
        return;
      }
      if (featureCollection.features.length === 0) return;
      this.map.addSource(SOURCE.sketch, { type: 'geojson', data: featureCollection });
      for (const layer of buildSketchLayers()) this.map.addLayer(layer);
      this.map.on('mousedown', SKETCH_VERTEX_LAYER, this.handleVertexDown);
      this.map.on('mouseup', this.handleVertexUp);
    });
  }

  setDrawingMode(active: boolean): void {
    this.isDrawing = active;
    this.swallowNextClick = false;
    if (active) {
      this.setHovered(null);
      this.map.doubleClickZoom.disable();
    } else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = active ? 'crosshair' : '';
  }

  setDrawingHandlers(handlers: DrawingHandlers | null): void {
    this.drawingHandlers = handlers;
  }

  private readonly handleVertexDown = (
    event: MapMouseEvent & { features?: MapGeoJSONFeature[] },
  ) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    event.preventDefault();
    this.draggedVertex = id;
    this.map.dragPan.disable();
  };

  private readonly handleVertexUp = (event: MapMouseEvent) => {
    if (!this.draggedVertex) return;
    const id = this.draggedVertex;
    this.draggedVertex = null;
    this.swallowNextClick = true;
    this.map.dragPan.enable();
    this.drawingHandlers?.onSketchVertexDrag(id, [event.lngLat.lng, event.lngLat.lat], true);
  };
}
