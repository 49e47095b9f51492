/**
 * The exported map picture: the map canvas with a scale bar and a north arrow
 * on it, and a footer band holding the title, the legend (colour patch +
 * label per entry) and the attribution.
 * Drawing goes through a minimal 2D-context interface so a test can record it.
 */

export interface LegendEntry {
  colour: string;
  label: string;
}

/** Scale bar and north arrow drawn on the map part of the picture. */
export interface MapFurniture {
  /** The bar's length in CSS pixels of the map, and what it stands for ("5 km"). */
  scaleBar: { widthPx: number; label: string };
  /** The map's bearing in degrees (the arrow turns by minus this). */
  bearing: number;
  /** The letter under the arrow ("北" / "N"). */
  north: string;
}

/** The scale bar's colour: a tone no map layer uses, so the bar can be found in the picture. */
export const SCALE_BAR_COLOUR = '#111827';

export interface ComposeInput {
  /** The map image and its size in device pixels. */
  map: CanvasImageSource;
  mapWidth: number;
  mapHeight: number;
  /** Device pixels per CSS pixel of the map image (1 on screen, 2–3 for print). */
  scale: number;
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  attribution: string;
  fontFamily: string;
  furniture?: MapFurniture;
}

export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  | 'drawImage'
  | 'fillRect'
  | 'fillText'
  | 'measureText'
  | 'strokeRect'
  | 'save'
  | 'restore'
  | 'translate'
  | 'rotate'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'fill'
> & {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  font: string;
  textBaseline: CanvasTextBaseline;
  lineWidth: number;
};

const PATCH = 14;
const GAP = 18;
const LINE = 22;
const PADDING = 14;

/** Legend entries placed in rows across the width; returns positions in CSS pixels. */
export function layoutLegend(
  entries: LegendEntry[],
  width: number,
  measure: (text: string) => number,
): { rows: number; placed: Array<LegendEntry & { x: number; row: number }> } {
  const placed: Array<LegendEntry & { x: number; row: number }> = [];
  let x = PADDING;
  let row = 0;
  for (const entry of entries) {
    const itemWidth = PATCH + 6 + measure(entry.label) + GAP;
    if (x + itemWidth > width - PADDING && x > PADDING) {
      row += 1;
      x = PADDING;
    }
    placed.push({ ...entry, x, row });
    x += itemWidth;
  }
  return { rows: entries.length > 0 ? row + 1 : 0, placed };
}

/** Height of the footer band in CSS pixels for a given legend layout. */
export function footerHeight(legendRows: number): number {
  return PADDING * 2 + LINE * (2 + legendRows) + 4;
}

/** Draws map + footer into `context`, whose canvas must be mapWidth × (mapHeight + footer·scale). */
export function composeMapImage(context: DrawingContext, input: ComposeInput): void {
  const { scale } = input;
  const cssWidth = input.mapWidth / scale;
  context.font = `13px ${input.fontFamily}`;
  const legend = layoutLegend(
    input.legend,
    cssWidth,
    (text) => context.measureText(text).width / 1,
  );
  const footer = footerHeight(legend.rows) * scale;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, input.mapWidth, input.mapHeight + footer);
  context.drawImage(input.map, 0, 0, input.mapWidth, input.mapHeight);
  if (input.furniture) drawFurniture(context, input, input.furniture);
  const top = input.mapHeight;
  context.textBaseline = 'middle';
  context.fillStyle = '#1f2937';
  context.font = `bold ${15 * scale}px ${input.fontFamily}`;
  let y = top + (PADDING + LINE / 2) * scale;
  context.fillText(input.title, PADDING * scale, y);
  const titleWidth = context.measureText(input.title).width;
  context.font = `${12 * scale}px ${input.fontFamily}`;
  context.fillStyle = '#4b5563';
  context.fillText(input.subtitle, PADDING * scale + titleWidth + 12 * scale, y);
  context.font = `${13 * scale}px ${input.fontFamily}`;
  for (const entry of legend.placed) {
    const rowY = y + LINE * (entry.row + 1) * scale;
    context.fillStyle = entry.colour;
    context.fillRect(entry.x * scale, rowY - (PATCH / 2) * scale, PATCH * scale, PATCH * scale);
    context.strokeStyle = '#374151';
    context.lineWidth = scale;
    context.strokeRect(entry.x * scale, rowY - (PATCH / 2) * scale, PATCH * scale, PATCH * scale);
    context.fillStyle = '#111827';
    context.fillText(entry.label, (entry.x + PATCH + 6) * scale, rowY);
  }
  y += LINE * (legend.rows + 1) * scale;
  context.font = `${11 * scale}px ${input.fontFamily}`;
  context.fillStyle = '#4b5563';
  context.fillText(input.attribution, PADDING * scale, y);
}

/** Where the scale bar itself lies, in device pixels of the picture: [x, y, width, height]. */
export function scaleBarRect(
  input: Pick<ComposeInput, 'mapHeight' | 'scale'>,
  widthPx: number,
): [number, number, number, number] {
  const { scale } = input;
  return [
    (PADDING + 8) * scale,
    input.mapHeight - (PADDING + 10) * scale,
    widthPx * scale,
    4 * scale,
  ];
}

function drawFurniture(context: DrawingContext, input: ComposeInput, furniture: MapFurniture) {
  const { scale } = input;
  const [barX, barY, barWidth, barHeight] = scaleBarRect(input, furniture.scaleBar.widthPx);
  context.font = `${12 * scale}px ${input.fontFamily}`;
  const labelWidth = context.measureText(furniture.scaleBar.label).width;
  // A white card under the bar and its label, so they read on any map.
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.fillRect(
    PADDING * scale,
    barY - 24 * scale,
    Math.max(barWidth, labelWidth) + 16 * scale,
    barHeight + 32 * scale,
  );
  context.fillStyle = SCALE_BAR_COLOUR;
  context.fillRect(barX, barY, barWidth, barHeight);
  // End ticks.
  context.fillRect(barX, barY - 6 * scale, 2 * scale, barHeight + 6 * scale);
  context.fillRect(barX + barWidth - 2 * scale, barY - 6 * scale, 2 * scale, barHeight + 6 * scale);
  context.textBaseline = 'middle';
  context.fillText(furniture.scaleBar.label, barX, barY - 14 * scale);

  // North arrow, top right: a card, the arrow turned to north, the letter under it.
  const size = 40 * scale;
  const left = input.mapWidth - PADDING * scale - size;
  const top = PADDING * scale;
  context.fillStyle = 'rgba(255, 255, 255, 0.92)';
  context.fillRect(left, top, size, size + 14 * scale);
  context.save();
  context.translate(left + size / 2, top + size / 2 + 2 * scale);
  context.rotate((-furniture.bearing * Math.PI) / 180);
  context.fillStyle = SCALE_BAR_COLOUR;
  context.beginPath();
  context.moveTo(0, -15 * scale);
  context.lineTo(9 * scale, 12 * scale);
  context.lineTo(0, 6 * scale);
  context.lineTo(-9 * scale, 12 * scale);
  context.closePath();
  context.fill();
  context.restore();
  context.font = `bold ${12 * scale}px ${input.fontFamily}`;
  const letterWidth = context.measureText(furniture.north).width;
  context.fillStyle = SCALE_BAR_COLOUR;
  context.fillText(furniture.north, left + (size - letterWidth) / 2, top + size + 4 * scale);
}
