/**
 * The exported map picture: the map canvas with a footer band holding the
 * title, the legend (colour patch + label per entry) and the attribution.
 * Drawing goes through a minimal 2D-context interface so a test can record it.
 */

export interface LegendEntry {
  colour: string;
  label: string;
}

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
}

export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  'drawImage' | 'fillRect' | 'fillText' | 'measureText' | 'strokeRect'
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
