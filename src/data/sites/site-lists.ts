/**
 * The investor's shortlist (kept in this browser) and the compare selection
 * (two or three sites). Pure list rules plus the persisted shortlist schema.
 */
import { z } from 'zod';
import { MAX_COMPARE, MAX_SHORTLIST } from '@/data/sites/print-route';

export const SHORTLIST_STORAGE_KEY = 'lishui.shortlist';

export const shortlistSchema = z
  .object({
    version: z.literal(1),
    ids: z.array(z.string().regex(/^[a-z0-9][a-z0-9+-]{0,120}$/)).max(MAX_SHORTLIST),
  })
  .strict();
export type StoredShortlist = z.infer<typeof shortlistSchema>;

/** Reads a stored shortlist; anything invalid or unknown falls back to empty. */
export function parseShortlist(raw: string | null, isSiteId: (id: string) => boolean): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  const parsed = shortlistSchema.safeParse(value);
  if (!parsed.success) return [];
  return [...new Set(parsed.data.ids.filter(isSiteId))];
}

export function serializeShortlist(ids: string[]): string {
  const stored: StoredShortlist = { version: 1, ids: ids.slice(0, MAX_SHORTLIST) };
  return JSON.stringify(stored);
}

/** Adds an id to the compare selection; the oldest drops out beyond three. */
export function addToCompare(ids: string[], id: string): string[] {
  if (ids.includes(id)) return ids;
  return [...ids, id].slice(-MAX_COMPARE);
}

export function addToShortlist(ids: string[], id: string): string[] {
  if (ids.includes(id) || ids.length >= MAX_SHORTLIST) return ids;
  return [...ids, id];
}

/** Merges a shared list into the user's own, keeping the user's order first. */
export function mergeShortlists(own: string[], shared: string[]): string[] {
  return [...new Set([...own, ...shared])].slice(0, MAX_SHORTLIST);
}
