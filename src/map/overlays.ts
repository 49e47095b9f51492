/**
 * The planner's drawing surfaces: the user's own layers, the sketch being
 * drawn, and the pointer input that draws and edits the sketch. Both sources
 * and their layers are added on first use, not with the style.
 */
import type {
  GeoJSONSource,
  Map as MapLibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
} from 'maplibre-gl';
import { SOURCE, styleLayerId } from './ids';
import type { DrawingHandlers } from './map-api';
import { buildSketchLayers, buildUserLayers, SKETCH_VERTEX_LAYER } from './overlay-layers';
import type { FeaturePicker } from './picking';
import type { FeatureSelection } from './selection';
import { shapeSource } from './shape-source';

export class MapOverlays {
  private drawingHandlers: DrawingHandlers | null = null;
  private isDrawing = false;
  private draggedVertexId: string | null = null;
  /** A drag ends with a click event; that click must not add a vertex. */
  private swallowNextClick = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly selection: FeatureSelection,
    private readonly picker: FeaturePicker,
  ) {}

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
        this.picker.addTopLayers(
          layers.filter((layer) => layer.type !== 'symbol').map((layer) => layer.id),
        );
      }
      this.selection.setUserFeatureIds(
        new Set(featureCollection.features.map((feature) => String(feature.properties?.id))),
      );
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
      this.selection.clearHover();
      this.map.doubleClickZoom.disable();
    } else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = active ? 'crosshair' : '';
  }

  setDrawingHandlers(handlers: DrawingHandlers | null): void {
    this.drawingHandlers = handlers;
  }

  /** True when a click at [lng, lat] belongs to the sketch (it adds a vertex or ends a drag) and selects nothing. */
  takeClick(position: [number, number]): boolean {
    if (this.swallowNextClick) {
      this.swallowNextClick = false;
      return true;
    }
    if (!this.isDrawing) return false;
    this.drawingHandlers?.onMapClick(position);
    return true;
  }

  /** True when a pointer move to [lng, lat] belongs to the sketch (a vertex drag, or drawing) and hovers nothing. */
  takeMove(position: [number, number]): boolean {
    if (this.draggedVertexId) {
      this.drawingHandlers?.onSketchVertexDrag(this.draggedVertexId, position, false);
      return true;
    }
    return this.isDrawing;
  }

  /** Runs now if the style is ready, else once it is. */
  private whenStyleReady(action: () => void): void {
    if (this.map.isStyleLoaded()) action();
    else this.map.once('idle', action);
  }

  private readonly handleVertexDown = (
    event: MapMouseEvent & { features?: MapGeoJSONFeature[] },
  ) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    event.preventDefault();
    this.draggedVertexId = id;
    this.map.dragPan.disable();
  };

  private readonly handleVertexUp = (event: MapMouseEvent) => {
    if (!this.draggedVertexId) return;
    const id = this.draggedVertexId;
    this.draggedVertexId = null;
    this.swallowNextClick = true;
    this.map.dragPan.enable();
    this.drawingHandlers?.onSketchVertexDrag(id, [event.lngLat.lng, event.lngLat.lat], true);
  };
}
