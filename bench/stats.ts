/** Small statistics for the benchmark tables. Pure. */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (q in 0..1); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/**
 * Growth exponent k in y ≈ c·n^k: the least-squares slope of log y on log n.
 * 1 is linear, below 1 sub-linear. NaN when fewer than two usable points.
 */
export function growthExponent(sizes: readonly number[], values: readonly number[]): number {
  const pairs = sizes
    .map((size, index) => [size, values[index]] as const)
    .filter(([size, value]) => size > 0 && value !== undefined && value > 0);
  if (pairs.length < 2) return Number.NaN;
  const xs = pairs.map(([size]) => Math.log(size));
  const ys = pairs.map(([, value]) => Math.log(value!));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let numerator = 0;
  let denominator = 0;
  xs.forEach((x, index) => {
    numerator += (x - meanX) * (ys[index]! - meanY);
    denominator += (x - meanX) ** 2;
  });
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** How a growth exponent reads in the table. */
export function growthVerdict(exponent: number): string {
  if (Number.isNaN(exponent)) return 'n/a';
  if (exponent <= 0.2) return 'flat';
  if (exponent <= 0.9) return 'sub-linear';
  if (exponent <= 1.1) return 'linear';
  return 'SUPER-LINEAR';
}
