/** A query value: text, or a list joined with commas (`cam: [119.79, 28.32, 11.5]`). */
export type QueryValue = string | number | ReadonlyArray<string | number>;

/**
 * The app's address for these URL parameters, in the order given and unencoded,
 * as a user would type or share it (`/?select=liandu-core-bihu&lang=en`).
 */
export function appUrl(params: Record<string, QueryValue> = {}): string {
  const query = Object.entries(params)
    .map(([name, value]) => `${name}=${typeof value === 'object' ? value.join(',') : value}`)
    .join('&');
  return query ? `/?${query}` : '/';
}
