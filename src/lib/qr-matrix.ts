/**
 * QR codes as data: a square matrix of dark modules, turned into an SVG path,
 * an SVG file or RGBA pixels. The encoder (`qrcode`) is loaded lazily by the
 * components; these helpers are pure so they are tested in node.
 */

export interface QrMatrix {
  size: number;
  /** Row-major: dark[row * size + column]. */
  dark: boolean[];
}

/** The quiet zone QR readers need around the code, in modules. */
export const QR_MARGIN = 4;

/** From the `qrcode` package's `create()` result (modules.size, modules.data). */
export function matrixFromQrcode(qr: {
  modules: { size: number; data: ArrayLike<number> };
}): QrMatrix {
  const { size, data } = qr.modules;
  return { size, dark: Array.from({ length: size * size }, (_, index) => Boolean(data[index])) };
}

/** An SVG path (one unit per module, offset by the margin) drawing every dark module. */
export function qrPathData(matrix: QrMatrix, margin = QR_MARGIN): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.dark[row * matrix.size + column]) {
        column += 1;
        continue;
      }
      // Runs of dark modules become one rectangle, which keeps the path short.
      const start = column;
      while (column < matrix.size && matrix.dark[row * matrix.size + column]) column += 1;
      parts.push(`M${start + margin} ${row + margin}h${column - start}v1h${start - column}z`);
    }
  }
  return parts.join('');
}

/** A standalone SVG file of the code (black on white, with the quiet zone). */
export function qrSvgText(matrix: QrMatrix, margin = QR_MARGIN): string {
  const extent = matrix.size + 2 * margin;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}" width="${extent * 8}" height="${extent * 8}" shape-rendering="crispEdges">` +
    `<rect width="${extent}" height="${extent}" fill="#fff"/>` +
    `<path d="${qrPathData(matrix, margin)}" fill="#000"/></svg>\n`
  );
}

/** RGBA pixels of the code at `scale` pixels per module: width = height = (size + 2·margin)·scale. */
export function qrPixels(
  matrix: QrMatrix,
  scale: number,
  margin = QR_MARGIN,
): { width: number; height: number; data: Uint8ClampedArray } {
  const extent = (matrix.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(extent * extent * 4).fill(255);
  for (let row = 0; row < matrix.size; row += 1) {
    for (let column = 0; column < matrix.size; column += 1) {
      if (!matrix.dark[row * matrix.size + column]) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        const y = (row + margin) * scale + dy;
        for (let dx = 0; dx < scale; dx += 1) {
          const offset = (y * extent + (column + margin) * scale + dx) * 4;
          data[offset] = 0;
          data[offset + 1] = 0;
          data[offset + 2] = 0;
        }
      }
    }
  }
  return { width: extent, height: extent, data };
}

/** A file-name-safe slug for downloads ("qr-<id>.png"). */
export function qrFileName(id: string, extension: 'png' | 'svg'): string {
  return `qr-${id.replace(/[^a-z0-9+-]/gi, '_')}.${extension}`;
}
