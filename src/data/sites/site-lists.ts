/**
 * The investor's shortlist (kept in this browser) and the compare selection
 * (two or three sites). Pure list rules plus the persisted shortlist format.
 * The store reads the shortlist as it is created, before the first map view,
 * which loads no zod, so the format is checked by hand (it has two fields).
 */
import { isRecord } from '@/lib/is-record';
import { MAX_COMPARE, MAX_SHORTLIST } from '@/data/sites/print-route';

export const SHORTLIST_STORAGE_KEY = 'lishui.shortlist';

const SITE_ID = /^[a-z0-9][a-z0-9+-]{0,120}$/;

/** The stored shortlist, version 1: exactly these two fields. */
export interface StoredShortlist {
  version: 1;
  ids: string[];
}

function isStoredShortlist(value: unknown): value is StoredShortlist {
  if (!isRecord(value) || value.version !== 1) return false;
  if (Object.keys(value).some((key) => key !== 'version' && key !== 'ids')) return false;
  const ids = value.ids;
  return (
    Array.isArray(ids) &&
    ids.length <= MAX_SHORTLIST &&
    ids.every((id) => typeof id === 'string' && SITE_ID.test(id))
  );
}

/** Reads a stored shortlist; anything invalid or unknown falls back to empty. */
export function parseShortlist(raw: string | null, isSiteId: (id: string) => boolean): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!isStoredShortlist(value)) return [];
  return [...new Set(value.ids.filter(isSiteId))];
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

/**
 * Why a shortlisted site was added from the gap report: the chain (by its
 * industry) and the gap link it could fill. Kept under its own key, beside
 * the shortlist, so the shortlist's stored format is unchanged.
 */
export const GAP_REASONS_STORAGE_KEY = 'lishui.shortlist-gaps';

export interface GapReason {
  industryId: string;
  linkId: string;
}

export type GapReasons = Record<string, GapReason[]>;

/** The stored reasons, version 1: { version: 1, reasons: { siteId: [{ industryId, linkId }] } }. */
export function parseGapReasons(raw: string | null): GapReasons {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.reasons)) return {};
  const reasons: GapReasons = {};
  for (const [siteId, list] of Object.entries(value.reasons)) {
    if (!SITE_ID.test(siteId) || !Array.isArray(list)) continue;
    const valid = list.filter(
      (entry): entry is GapReason =>
        isRecord(entry) &&
        typeof entry.industryId === 'string' &&
        SITE_ID.test(entry.industryId) &&
        typeof entry.linkId === 'string' &&
        SITE_ID.test(entry.linkId),
    );
    if (valid.length > 0)
      reasons[siteId] = valid.map(({ industryId, linkId }) => ({ industryId, linkId }));
  }
  return reasons;
}

export function serializeGapReasons(reasons: GapReasons): string {
  return JSON.stringify({ version: 1, reasons });
}

/** Adds a reason for a site once; the site keeps its other reasons. */
export function addGapReason(reasons: GapReasons, siteId: string, reason: GapReason): GapReasons {
  const list = reasons[siteId] ?? [];
  if (list.some((entry) => entry.linkId === reason.linkId)) return reasons;
  return { ...reasons, [siteId]: [...list, reason] };
}
