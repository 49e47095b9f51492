/**
 * The presenter window's address. Apart from tour-channel.ts (which parses
 * messages with zod) because the app reads it on every start.
 */

/** The presenter window's address: same app, ?presenter=<tourId>. */
export function presenterUrl(tourId: string, language: string): string {
  const params = new URLSearchParams({ presenter: tourId });
  if (language !== 'zh') params.set('lang', language);
  return `${window.location.pathname}?${params.toString()}`;
}

/** The tour id of ?presenter=<id>, or null for the normal app. */
export function presenterTourId(search: string): string | null {
  const id = new URLSearchParams(search).get('presenter');
  return id && /^[a-z0-9][a-z0-9+-]{0,120}$/.test(id) ? id : null;
}
