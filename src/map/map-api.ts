/**
 * The surface of the map controller that the rest of the app uses; component
 * tests implement it with a fake. No MapLibre types here.
 */
import type { Language } from '@/i18n/language';
import type { BasemapId } from '@/data/basemap-catalog';
import type { Camera } from '@/data/geo/camera';

export interface FeatureRef {
  source: string;
  id: string;
}

/** Screen space kept free around a framed view, in CSS pixels. */
export interface ScreenPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What the map reports; given once, when the controller is made. */
export interface MapCallbacks {
  /** All features under a click, most specific first (empty: clicked on nothing). */
  onFeatureClick: (ids: string[]) => void;
  /** The camera once a move has ended (not on every frame of it). */
  onViewCommit: (camera: Camera) => void;
  /** The first view is drawn. */
  onReady: () => void;
  /**
   * What the map shows, [west, south, east, north] in degrees: once the first view
   * is drawn and after every move (the box around it when the map is rotated).
   */
  onViewBounds?: (bounds: [number, number, number, number]) => void;
}

/** Titles of the map's own buttons, in the current language. */
export interface MapControlLabels {
  fullscreen: string;
  exitFullscreen: string;
  locate: string;
  locateFailed: string;
}

export interface MapApi {
  getCamera(): Camera;
  setSelectedFeature(id: string | null): void;
  setFilteredFeatures(activeIds: ReadonlySet<string> | null): void;
  setLayerVisibility(thematicLayerId: string, visible: boolean): void;
  setLanguage(language: Language): void;
  /** Multiplies every label's size by `factor` (1: desk sizes), e.g. on a projector. */
  setLabelScale(factor: number): void;
  setBasemap(basemap: BasemapId, language: Language, token: string | null): void;
  flyTo(camera: Partial<Camera> & { center: [number, number] }): void;
  fitBounds(bbox: [number, number, number, number], padding: ScreenPadding, maxZoom?: number): void;
  resize(): void;
  /** Ids drawn on screen in a thematic layer: its shapes, or its placed labels. */
  renderedFeatureIds(thematicLayerId: string, what?: 'shapes' | 'labels'): string[];
  /** Sizes (CSS px) of the labels placed on screen in a thematic layer. */
  renderedLabelSizes(thematicLayerId: string): number[];
  project(position: [number, number]): [number, number];
  isSettled(): boolean;
  featureState(id: string): Record<string, unknown>;
  styleLayerIds(): string[];
  getCanvas(): HTMLCanvasElement;
  /** A copy of the view as drawn now (the WebGL buffer itself is not kept between frames). */
  snapshot(): Promise<HTMLCanvasElement>;
  /** Titles of the map's own buttons (full screen, my location); optional so fakes may omit it. */
  setControlLabels?(labels: MapControlLabels): void;
  /** The view at `pixelRatio` (print resolution) plus attribution texts; optional so fakes may omit it. */
  exportImage?(pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; attribution: string[] }>;
  destroy(): void;
}

/** Where the sketch's pointer input goes; positions are [lng, lat] in degrees. */
export interface DrawingHandlers {
  /** Every click on the map while drawing. */
  onMapClick: (position: [number, number]) => void;
  /** A sketch vertex being dragged (while drawing or after); `done` on release. */
  onSketchVertexDrag: (vertexId: string, position: [number, number], done: boolean) => void;
}

/**
 * Extra drawing surfaces for planner tools (user layers, a sketch being
 * drawn). Kept apart from MapApi so fakes need not implement them; check
 * with hasOverlays(controller).
 */
export interface OverlayApi {
  /** Features of the user's own layers: properties.id (unique), .color, .label. */
  setUserFeatures(featureCollection: GeoJSON.FeatureCollection): void;
  /** The shape being drawn: a line/polygon (role "shape") and points (role "vertex", id). */
  setSketch(featureCollection: GeoJSON.FeatureCollection): void;
  /** While drawing, clicks go to onMapClick only (no selection) and the cursor is a crosshair. */
  setDrawingMode(active: boolean): void;
  /**
   * Who hears the sketch's clicks and vertex drags; null: nobody (they are
   * ignored). Apart from setDrawingMode because a finished sketch's vertices
   * can still be dragged.
   */
  setDrawingHandlers(handlers: DrawingHandlers | null): void;
}

export const hasOverlays = (controller: MapApi | null): controller is MapApi & OverlayApi =>
  controller !== null && 'setSketch' in controller;
