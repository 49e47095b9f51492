/**
 * Pure tour logic: what a step means for the store and the camera, what a
 * clicker key does, and how the current view becomes a new step. No React,
 * no map, no store.
 */
import { featureIdsForFilter } from '@/data/filter';
import { BOUNDARY_LAYERS } from '@/data/layer-catalog';
import { boundsOfFeatures } from '@/data/geo/bounds';
import type { AppData } from '@/data/model';
import { isViewCamera, type Tour, type TourStep } from '@/data/tour-schema';
import { chainLinksByIndustry, type TourContext } from '@/data/validate/tour-rules';
import type { Camera } from '@/data/geo/camera';
import type { MapFilter } from '@/state/selection-slice';
import { countyFeatureId } from '@/data/county-id';

export type Bounds = [number, number, number, number];

export { clickerCommand, type ClickerCommand } from './clicker-keys';

/** A 1-based step number kept inside the tour. */
export function clampStep(tour: Tour, step: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.round(step)), tour.steps.length);
}

/**
 * The step a navigation command leads to. Off script (the presenter moved,
 * clicked or opened something), next and previous first return to the
 * current step: one key press puts the room back on the script.
 */
export function stepAfter(
  tour: Tour,
  current: number,
  command: 'next' | 'previous' | 'first' | 'last',
  offScript: boolean,
): number {
  if (offScript && (command === 'next' || command === 'previous')) return current;
  if (command === 'first') return 1;
  if (command === 'last') return tour.steps.length;
  return clampStep(tour, current + (command === 'next' ? 1 : -1));
}

export type StepCamera = { kind: 'view'; camera: Camera } | { kind: 'fit'; bounds: Bounds };

export interface ResolvedStep {
  step: TourStep;
  /** 1-based. */
  number: number;
  total: number;
  hiddenLayers: string[];
  filter: MapFilter | null;
  selectedId: string | null;
  /** Features drawn at full strength (everything else dimmed); null = nothing dimmed. */
  activeIds: Set<string> | null;
  camera: StepCamera | null;
}

/** What applying step `number` (1-based, clamped) of a tour sets. */
export function resolveStep(
  tour: Tour,
  number: number,
  data: AppData,
  allLayerIds: readonly string[],
): ResolvedStep {
  const clamped = clampStep(tour, number);
  const step = tour.steps[clamped - 1] as TourStep;
  const visible = new Set(step.layers);
  const filter = step.filter ? ({ ...step.filter } as MapFilter) : null;
  let activeIds: Set<string> | null = filter ? featureIdsForFilter(data, filter) : null;
  if (step.highlight.length > 0) activeIds = new Set([...(activeIds ?? []), ...step.highlight]);
  let camera: StepCamera | null = null;
  if (isViewCamera(step.camera)) {
    camera = { kind: 'view', camera: { ...step.camera } };
  } else {
    const bounds = boundsOfFeatures(data, step.camera.fit);
    if (bounds) camera = { kind: 'fit', bounds };
  }
  return {
    step,
    number: clamped,
    total: tour.steps.length,
    hiddenLayers: allLayerIds.filter((id) => !visible.has(id)),
    filter,
    selectedId: step.highlight.length === 1 ? (step.highlight[0] ?? null) : null,
    activeIds,
    camera,
  };
}

/** What tours may refer to in the loaded data (the same rules `npm run validate` applies). */
export function tourContextFromAppData(data: AppData, layerIds: readonly string[]): TourContext {
  const counties = [...data.countyByCode.keys()];
  return {
    featureIds: new Set([
      ...data.featureById.keys(),
      ...counties.map((code) => countyFeatureId(code)),
    ]),
    placedFeatureIds: new Set([
      ...data.features
        .filter((feature) => feature.geometry !== null)
        .map((feature) => feature.properties.id),
      ...counties.map((code) => countyFeatureId(code)),
    ]),
    layerIds: new Set([...layerIds, ...BOUNDARY_LAYERS]),
    industryIds: new Set(data.industryById.keys()),
    countyCodes: new Set(counties),
    targetIds: new Set(data.targetById.keys()),
    chainLinks: chainLinksByIndustry(data.chains),
  };
}

/** The current view as a new step: camera, visible layers, filter and selection; captions to be written. */
export function captureStep(
  view: {
    camera: Camera;
    hiddenLayers: readonly string[];
    filter: MapFilter | null;
    selectedId: string | null;
    /** The chain open beside the map, which the step reopens. */
    openChain?: { industryId: string; linkId: string | null } | null;
  },
  allLayerIds: readonly string[],
  caption: { zh: string; en: string },
): TourStep {
  const layers = allLayerIds.filter((id) => !view.hiddenLayers.includes(id));
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return {
    camera: {
      center: [round(view.camera.center[0], 5), round(view.camera.center[1], 5)],
      zoom: round(view.camera.zoom, 2),
      bearing: round(view.camera.bearing, 1),
      pitch: round(view.camera.pitch, 1),
    },
    layers: layers.length > 0 ? layers : ['counties'],
    highlight: view.selectedId ? [view.selectedId] : [],
    filter: view.filter ? { ...view.filter } : null,
    caption,
    figures: [],
    chain: view.openChain
      ? {
          industryId: view.openChain.industryId,
          ...(view.openChain.linkId ? { linkId: view.openChain.linkId } : {}),
        }
      : null,
    notes: { ...caption },
  };
}

/** Moves step `from` to `to` (0-based), returning a new tour. */
export function moveStep(tour: Tour, from: number, to: number): Tour {
  if (to < 0 || to >= tour.steps.length || from === to) return tour;
  const steps = [...tour.steps];
  const [moved] = steps.splice(from, 1);
  if (moved) steps.splice(to, 0, moved);
  return { ...tour, steps };
}
