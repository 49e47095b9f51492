/**
 * Counties take part in selection, search, tours and dossiers under one id
 * form, `county-<code>` (code: the six-digit administrative division code).
 */
const PREFIX = 'county-';

/** The feature id of the county with this administrative code, e.g. "county-331102". */
export function countyFeatureId(code: string): string {
  return `${PREFIX}${code}`;
}

/** The administrative code in a county feature id, or null for any other id. */
export function countyCodeOf(id: string): string | null {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null;
}
