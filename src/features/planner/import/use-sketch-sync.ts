/**
 * Connects the planner store's sketch (tool, vertices, drawing) with the
 * map's overlay API: clicks add vertices, dragged vertices move, the sketch
 * layer follows the store. Also draws the user's layers and candidate sites.
 */
import { useEffect } from 'react';
import { useMapCommands } from '@/map/map-commands';
import { sketchFeatures } from '@/features/planner/measure/measure';
import { buildUserMapFeatures } from '@/data/planner/user-map-features';
import { useAppStoreApi } from '@/state/store-context';

export function usePlannerMapSync(): void {
  const store = useAppStoreApi();
  const commands = useMapCommands();
  useEffect(() => {
    const controller = commands.overlays();
    if (!controller) return;
    controller.setDrawingHandlers({
      onMapClick: (position) => store.getState().planner.addVertex(position),
      onSketchVertexDrag: (vertexId, position) => {
        const index = Number(vertexId.replace('vertex-', ''));
        if (Number.isInteger(index)) store.getState().planner.moveVertex(index, position);
      },
    });
    const drawUser = () => {
      const { layers, sites, hiddenLayerIds } = store.getState().planner;
      controller.setUserFeatures(buildUserMapFeatures(layers, sites, hiddenLayerIds));
    };
    const drawSketch = () => {
      const { tool, vertices, isDrawing } = store.getState().planner;
      controller.setSketch(
        sketchFeatures(tool === 'distance' ? 'distance' : 'area', tool ? vertices : []),
      );
      controller.setDrawingMode(isDrawing);
    };
    drawUser();
    drawSketch();
    const unsubscribe = store.subscribe(
      (state) => state.planner,
      (planner, previous) => {
        if (
          planner.layers !== previous.layers ||
          planner.sites !== previous.sites ||
          planner.hiddenLayerIds !== previous.hiddenLayerIds
        )
          drawUser();
        if (
          planner.vertices !== previous.vertices ||
          planner.tool !== previous.tool ||
          planner.isDrawing !== previous.isDrawing
        )
          drawSketch();
      },
    );
    return () => {
      unsubscribe();
      controller.setDrawingMode(false);
      controller.setDrawingHandlers(null);
    };
  }, [commands, store]);
}
