/**
 * The one-file briefing (npm run portable): what a presenter copies onto a
 * USB stick, raw and gzipped (as it would travel by mail or a file share).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface PortableSize {
  bytes: number;
  gzipBytes: number;
}

/** The size of the briefing file, or null when it has not been built. */
export function measurePortable(file: string): PortableSize | null {
  if (!existsSync(file)) return null;
  const content = readFileSync(file);
  return { bytes: content.length, gzipBytes: gzipSync(content).length };
}
