/**
 * Captures one map image per step for the print fallback (projector laptops
 * without WebGL can print or save a PDF made elsewhere). Each step is applied,
 * the map is left to settle, and a snapshot of the frame drawn next is read
 * as a PNG data URL.
 */
import type { AppData } from '@/data/model';
import type { Camera } from '@/data/geo/camera';
import { legendSystems } from '@/data/legend';
import type { SystemId } from '@/data/systems';
import type { Tour } from '@/data/tour-schema';
import type { MapCommands } from '@/map/map-commands';
import type { AppStore } from '@/state/store';
import { applyStep, presentingPadding } from './apply-step';
import { resolveStep } from './step-resolution';

export interface PrintPage {
  number: number;
  imageUrl: string;
  /** Figure furniture: the camera the picture was taken at, its CSS size, the systems shown. */
  camera: Camera | null;
  size: { width: number; height: number };
  legend: SystemId[];
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function settle(commands: MapCommands, timeoutMs = 8000): Promise<void> {
  const started = performance.now();
  await nextFrame();
  await nextFrame();
  while (!commands.isSettled() && performance.now() - started < timeoutMs) await nextFrame();
  await nextFrame();
}

export async function captureTourPages(
  tour: Tour,
  store: AppStore,
  commands: MapCommands,
  data: AppData,
  allLayerIds: readonly string[],
): Promise<PrintPage[]> {
  const pages: PrintPage[] = [];
  const size = commands.viewportSize() ?? { width: window.innerWidth, height: window.innerHeight };
  for (let number = 1; number <= tour.steps.length; number += 1) {
    const resolved = resolveStep(tour, number, data, allLayerIds);
    applyStep(store, commands, tour.id, resolved, presentingPadding(size.width, size.height));
    await settle(commands);
    const image = await commands.snapshot();
    if (image)
      pages.push({
        number,
        imageUrl: image.toDataURL('image/png'),
        camera: commands.getCamera(),
        size,
        legend: legendSystems(data, store.getState().hiddenLayers),
      });
  }
  return pages;
}
