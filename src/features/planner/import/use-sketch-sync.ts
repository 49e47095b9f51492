/**
 * Connects the planner store's sketch (tool, vertices, drawing) with the
 * map's overlay API: clicks add vertices, dragged vertices move, the sketch
 * layer follows the store. Also draws the user's layers and candidate sites.
 */
import { useEffect } from 'react';
import { useMapCommands } from '@/map/map-commands';
import { hasOverlays } from '@/map/map-api';
import { sketchFeatures } from '@/features/planner/measure/measure';
import { plannerStore } from '@/state/planner-store';
import { buildUserMapFeatures } from '@/data/planner/user-map-features';

export function usePlannerMapSync(): void {
  const commands = useMapCommands();
  useEffect(() => {
    const controller = commands.controller();
    if (!hasOverlays(controller)) return;
    controller.setDrawingHandlers({
      onMapClick: (position) => plannerStore.getState().addVertex(position),
      onSketchVertexDrag: (vertexId, position) => {
        const index = Number(vertexId.replace('vertex-', ''));
        if (Number.isInteger(index)) plannerStore.getState().moveVertex(index, position);
      },
    });
    const drawUser = () => {
      const { layers, sites, hiddenLayerIds } = plannerStore.getState();
      controller.setUserFeatures(buildUserMapFeatures(layers, sites, hiddenLayerIds));
    };
    const drawSketch = () => {
      const { tool, vertices, isDrawing } = plannerStore.getState();
      controller.setSketch(
        sketchFeatures(tool === 'distance' ? 'distance' : 'area', tool ? vertices : []),
      );
      controller.setDrawingMode(isDrawing);
    };
    drawUser();
    drawSketch();
    const unsubscribe = plannerStore.subscribe((state, previous) => {
      if (
        state.layers !== previous.layers ||
        state.sites !== previous.sites ||
        state.hiddenLayerIds !== previous.hiddenLayerIds
      )
        drawUser();
      if (
        state.vertices !== previous.vertices ||
        state.tool !== previous.tool ||
        state.isDrawing !== previous.isDrawing
      )
        drawSketch();
    });
    return () => {
      unsubscribe();
      controller.setDrawingMode(false);
      controller.setDrawingHandlers(null);
    };
  }, [commands]);
}
