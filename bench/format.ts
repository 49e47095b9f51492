/**
 * Number formatting and progress lines shared by the measures (which log as
 * they go) and the report (which prints the tables).
 */

/** Writes one progress line to stderr, so stdout holds only the tables. */
export const log = (message: string) => process.stderr.write(`${message}\n`);

/** Bytes → kilobytes (KiB, 1024 bytes). */
export const kb = (bytes: number) => bytes / 1024;

/** Rounds to `digits` decimals; NaN stays NaN (a measure that did not run). */
export const round = (value: number, digits = 0) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : Number.NaN;

/** Milliseconds → table text (`123 ms`), or `n/a` when nothing was measured. */
export const ms = (value: number) => (Number.isFinite(value) ? `${round(value)} ms` : 'n/a');
