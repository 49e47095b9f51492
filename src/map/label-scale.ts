/**
 * Label sizes on a projector. The layer builders size labels for a desk
 * screen; in a briefing the same map is read from the back of a room, so
 * every text size grows with the viewport while a tour plays.
 */
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';

export type TextSize = DataDrivenPropertyValueSpecification<number>;

/** Viewport width (CSS px) at which labels keep the builders' sizes in a tour. */
const DESK_WIDTH = 1280;
const MAX_SCALE = 2.5;

/**
 * Factor applied to every label size while presenting, for a viewport
 * `width` CSS px wide: 1 up to 1280 px, 1.5 at 1920 px (12 px plan labels
 * become 18 px), at most 2.5.
 */
export function projectorLabelScale(width: number): number {
  if (!Number.isFinite(width) || width <= DESK_WIDTH) return 1;
  return Math.min(MAX_SCALE, width / DESK_WIDTH);
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * `size` (a number, or a zoom `interpolate`/`step` expression over numbers
 * as the builders write them) with every output multiplied by `factor`.
 * Other expressions are returned unchanged: zoom expressions must stay at the
 * top level, so they cannot simply be wrapped in a multiplication.
 */
export function scaleTextSize(size: TextSize | undefined, factor: number): TextSize | undefined {
  if (factor === 1 || size === undefined) return size;
  if (typeof size === 'number') return round(size * factor);
  if (!Array.isArray(size)) return size;
  const [operator] = size as unknown[];
  if (operator === 'interpolate') {
    // ['interpolate', type, input, stop, output, stop, output, ...]
    const parts = [...(size as unknown[])];
    for (let index = 4; index < parts.length; index += 2)
      if (typeof parts[index] === 'number') parts[index] = round((parts[index] as number) * factor);
    return parts as TextSize;
  }
  if (operator === 'step') {
    // ['step', input, output0, stop, output, ...]
    const parts = [...(size as unknown[])];
    for (let index = 2; index < parts.length; index += 2)
      if (typeof parts[index] === 'number') parts[index] = round((parts[index] as number) * factor);
    return parts as TextSize;
  }
  return size;
}
