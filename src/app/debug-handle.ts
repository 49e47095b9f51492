import type { MapApi } from '@/map/map-api';

declare global {
  interface Window {
    /** Read-only probes of the live map for end-to-end tests and external checks. */
    __lishuiMap?: Pick<
      MapApi,
      | 'renderedFeatureIds'
      | 'renderedLabelSizes'
      | 'project'
      | 'featureState'
      | 'getCamera'
      | 'styleLayerIds'
      | 'isSettled'
    >;
  }
}

export function exposeDebugHandle(controller: MapApi | null): void {
  if (typeof window === 'undefined') return;
  if (!controller) {
    delete window.__lishuiMap;
    return;
  }
  window.__lishuiMap = {
    renderedFeatureIds: (layer, what) => controller.renderedFeatureIds(layer, what),
    renderedLabelSizes: (layer) => controller.renderedLabelSizes(layer),
    project: (position) => controller.project(position),
    featureState: (id) => controller.featureState(id),
    getCamera: () => controller.getCamera(),
    styleLayerIds: () => controller.styleLayerIds(),
    isSettled: () => controller.isSettled(),
  };
}
