/**
 * Print-only routes that render without the map: one or more dossiers
 * (?dossier=a,b), a shared shortlist (?shortlist=a,b) and a comparison
 * (?compare=a,b[,c]). Unknown ids are dropped; an empty list is no route.
 */
export type PrintRoute =
  | { kind: 'dossier'; ids: string[]; autoPrint: boolean }
  | { kind: 'shortlist'; ids: string[] }
  | { kind: 'compare'; ids: string[] };

const ID = /^[a-z0-9][a-z0-9+-]{0,120}$/;
export const MAX_COMPARE = 3;
export const MAX_SHORTLIST = 40;

function idList(value: string | null, isSiteId: (id: string) => boolean, limit: number): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => ID.test(id) && isSiteId(id));
  return [...new Set(ids)].slice(0, limit);
}

export function parsePrintRoute(
  search: string,
  isSiteId: (id: string) => boolean,
): PrintRoute | null {
  const params = new URLSearchParams(search);
  if (params.has('dossier')) {
    const ids = idList(params.get('dossier'), isSiteId, MAX_SHORTLIST);
    return ids.length > 0 ? { kind: 'dossier', ids, autoPrint: params.get('print') === '1' } : null;
  }
  if (params.has('compare')) {
    const ids = idList(params.get('compare'), isSiteId, MAX_COMPARE);
    return ids.length > 0 ? { kind: 'compare', ids } : null;
  }
  if (params.has('shortlist')) {
    const ids = idList(params.get('shortlist'), isSiteId, MAX_SHORTLIST);
    return ids.length > 0 ? { kind: 'shortlist', ids } : null;
  }
  return null;
}

/** Whether the address asks for a print route at all (checked before the data loads). */
export function wantsPrintRoute(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('dossier') || params.has('compare') || params.has('shortlist');
}

/** `<base>?<kind>=a,b&lang=<lang>` (commas kept readable). */
export function printRouteLink(
  base: string,
  kind: PrintRoute['kind'],
  ids: string[],
  language: string,
  autoPrint = false,
): string {
  const params = new URLSearchParams({ [kind]: ids.join(','), lang: language });
  if (autoPrint) params.set('print', '1');
  return `${base}?${params.toString().replace(/%2C/g, ',')}`;
}
