/**
 * WCAG 2.x contrast between colours written as CSS hex (#rgb, #rrggbb) or
 * rgba(r, g, b, a) with 0–255 channels. A translucent colour is first
 * composited over the colour under it.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses '#rgb', '#rrggbb' or 'rgb[a](r, g, b[, a])'; throws on anything else. */
export function parseColour(colour: string): Rgba {
  const text = colour.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) {
    const [r, g, b] = short.slice(1).map((digit) => parseInt(digit + digit, 16));
    return { r: r!, g: g!, b: b!, a: 1 };
  }
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (long) {
    const [r, g, b] = long.slice(1).map((pair) => parseInt(pair, 16));
    return { r: r!, g: g!, b: b!, a: 1 };
  }
  const functional =
    /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(text);
  if (functional) {
    const [r, g, b] = functional.slice(1, 4).map(Number);
    return { r: r!, g: g!, b: b!, a: functional[4] === undefined ? 1 : Number(functional[4]) };
  }
  throw new Error(`Not a colour this parser reads: "${colour}"`);
}

/** `top` painted over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** Relative luminance (0 black … 1 white) of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Contrast ratio (1–21) of text `foreground` on `background`; translucent
 * layers are composited in order over `under` (default white), the lowest last.
 */
export function contrastRatio(foreground: string, background: string, under = '#ffffff'): number {
  const ground = composite(parseColour(background), parseColour(under));
  const text = composite(parseColour(foreground), ground);
  const [lighter, darker] = [relativeLuminance(text), relativeLuminance(ground)].sort(
    (first, second) => second - first,
  );
  return (lighter! + 0.05) / (darker! + 0.05);
}
