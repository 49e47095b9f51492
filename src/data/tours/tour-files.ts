/**
 * The shipped tours as emitted assets: only their URLs are in the bundle, so
 * the first map view fetches nothing; a tour is fetched when one opens. File
 * names are tour ids (npm run validate checks it), which lets the URL parser
 * accept ?tour=<id> before any tour is loaded.
 */
const tourUrls = import.meta.glob<string>('/geodata/tours/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Tour id → URL of its JSON asset. */
export const SHIPPED_TOUR_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(tourUrls).map(([path, url]) => [
    path.replace(/^\/geodata\/tours\//, '').replace(/\.json$/, ''),
    url,
  ]),
);

export const SHIPPED_TOUR_IDS: readonly string[] = Object.keys(SHIPPED_TOUR_URLS).sort();
