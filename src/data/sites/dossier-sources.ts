/**
 * The sources block of a dossier: every fact shown, grouped by document with
 * its line numbers, so a page cites everything in a few lines.
 */
import type { Source } from '@/data/schema';

export interface SourceGroup {
  seed: string;
  lines: number[];
}

/** Groups sources by document (in first-seen order) with sorted, unique lines. */
export function groupSources(sources: Source[]): SourceGroup[] {
  const groups = new Map<string, Set<number>>();
  for (const source of sources) {
    const lines = groups.get(source.seed) ?? new Set<number>();
    lines.add(source.line);
    groups.set(source.seed, lines);
  }
  return [...groups].map(([seed, lines]) => ({ seed, lines: [...lines].sort((a, b) => a - b) }));
}
