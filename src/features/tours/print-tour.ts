/**
 * Captures one map image per step for the print fallback (projector laptops
 * without WebGL can print or save a PDF made elsewhere). Each step is applied,
 * the map is left to settle, and a snapshot of the frame drawn next is read
 * as a PNG data URL.
 */
import type { AppData } from '@/data/model';
import type { Tour } from '@/data/tour-schema';
import type { MapApi } from '@/map/map-api';
import type { AppStore } from '@/state/store';
import { applyStep, presentingPadding } from './apply-step';
import { resolveStep } from './step-resolution';

export interface PrintPage {
  number: number;
  imageUrl: string;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function settle(controller: MapApi, timeoutMs = 8000): Promise<void> {
  const started = performance.now();
  await nextFrame();
  await nextFrame();
  while (!controller.isSettled() && performance.now() - started < timeoutMs) await nextFrame();
  await nextFrame();
}

export async function captureTourPages(
  tour: Tour,
  store: AppStore,
  controller: MapApi,
  data: AppData,
  allLayerIds: readonly string[],
): Promise<PrintPage[]> {
  const pages: PrintPage[] = [];
  const canvas = controller.getCanvas();
  for (let number = 1; number <= tour.steps.length; number += 1) {
    const resolved = resolveStep(tour, number, data, allLayerIds);
    applyStep(
      store,
      controller,
      tour.id,
      resolved,
      presentingPadding(canvas.clientWidth, canvas.clientHeight),
    );
    await settle(controller);
    pages.push({ number, imageUrl: (await controller.snapshot()).toDataURL('image/png') });
  }
  return pages;
}
