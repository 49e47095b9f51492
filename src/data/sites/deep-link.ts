/**
 * Deep links that QR codes and shared lists resolve to. A QR code must open
 * the same site on a phone, so links are absolute and carry the language.
 */
import type { AppData } from '@/data/model';
import type { Enterprise } from '@/data/schema';
import type { Language } from '@/i18n/language';
import { countyFeatureId } from '@/data/county-id';

/**
 * The app's base address (origin + path, no query), e.g. "https://host/app/".
 * A page opened from a file (the portable briefing) has the opaque origin
 * "null", so its base is the file URL itself.
 */
export function appBase(location: { origin: string; protocol: string; pathname: string }): string {
  const origin = location.origin === 'null' ? `${location.protocol}//` : location.origin;
  return `${origin}${location.pathname}`;
}

/** `<base>?select=<id>&lang=<lang>`: opens the map with the site selected. */
export function siteDeepLink(base: string, siteId: string, language: Language): string {
  const params = new URLSearchParams({ select: siteId, lang: language });
  return `${base}?${params.toString()}`;
}

/** The site an enterprise is shown at: its platform, else its county, else none. */
export function enterpriseSiteId(data: AppData, enterprise: Enterprise): string | null {
  if (enterprise.featureId && data.featureById.has(enterprise.featureId))
    return enterprise.featureId;
  if (enterprise.countyCode && data.countyByCode.has(enterprise.countyCode))
    return countyFeatureId(enterprise.countyCode);
  return null;
}

/**
 * "一企一码": `<base>?select=<site>&lang=<lang>&firm=<enterprise id>`. The app
 * selects the site and highlights the firm in the detail panel; without the
 * firm handling the link still opens the right site.
 */
export function enterpriseDeepLink(
  base: string,
  data: AppData,
  enterprise: Enterprise,
  language: Language,
): string | null {
  const siteId = enterpriseSiteId(data, enterprise);
  if (!siteId) return null;
  const params = new URLSearchParams({ select: siteId, lang: language, firm: enterprise.id });
  return `${base}?${params.toString()}`;
}

/** The firm id a link asks to highlight (?firm=), when it names a known enterprise. */
export function firmFromSearch(search: string, data: AppData): string | null {
  const firm = new URLSearchParams(search).get('firm');
  return firm && data.enterpriseById.has(firm) ? firm : null;
}
