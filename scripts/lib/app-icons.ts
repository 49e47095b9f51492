/**
 * The installed app's icons, rasterised from public/favicon.svg with resvg
 * (a deterministic renderer: the same SVG gives the same bytes), so they are
 * remade, never drawn by hand. Maskable icons put the mark inside the central
 * safe zone (a circle of 80 % of the width) on a full-bleed background, since
 * launchers crop them to their own shape.
 */
import { Resvg } from '@resvg/resvg-js';

export interface AppIcon {
  /** File name under public/icons/. */
  file: string;
  sizePx: number;
  /** `apple-touch` is full-bleed like `maskable` (iOS rounds it) and linked from index.html, not the manifest. */
  purpose: 'any' | 'maskable' | 'apple-touch';
}

export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon-192.png', sizePx: 192, purpose: 'any' },
  { file: 'icon-512.png', sizePx: 512, purpose: 'any' },
  { file: 'maskable-192.png', sizePx: 192, purpose: 'maskable' },
  { file: 'maskable-512.png', sizePx: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon-180.png', sizePx: 180, purpose: 'apple-touch' },
];

/** The favicon's blue, also the manifest's theme colour. */
export const ICON_BACKGROUND = '#1f63c6';

/** The favicon content's scale in a maskable icon: its farthest point (the line's end, 0.36 of the width from the centre at scale 1) stays inside the safe circle. */
const MASKABLE_MARK_SCALE = 0.8;

/** The favicon redrawn for a maskable icon: its content shrunk to the centre of a full-bleed square. */
export function maskableSvg(faviconSvg: string): string {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(faviconSvg);
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(faviconSvg)?.[1];
  if (!viewBox || !inner || viewBox[1] !== viewBox[2]) {
    throw new Error('favicon.svg: expected a square viewBox "0 0 N N" and inline content');
  }
  const side = Number(viewBox[1]);
  const offset = (side * (1 - MASKABLE_MARK_SCALE)) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">` +
    `<rect width="${side}" height="${side}" fill="${ICON_BACKGROUND}"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${MASKABLE_MARK_SCALE})">${inner}</g></svg>`
  );
}

/** One icon as PNG bytes. */
export function renderIcon(faviconSvg: string, icon: AppIcon): Buffer {
  const svg = icon.purpose === 'any' ? faviconSvg : maskableSvg(faviconSvg);
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: icon.sizePx } }).render();
  return Buffer.from(rendered.asPng());
}
