/** Path of a Chromium for browser tests, or null when none is found. */
export function findChromium(): string | null;
