/**
 * The query string the page was opened with, remembered at start-up before the
 * URL sync rewrites the address: parts loaded later (the detail panel and its
 * ?firm= highlight) still see what the link asked for.
 */
let opening: string | null = null;

/** Called once from main.tsx, before the app renders. */
export function rememberOpeningSearch(search: string): void {
  opening ??= search;
}

export function openingSearch(): string {
  return opening ?? (typeof window === 'undefined' ? '' : window.location.search);
}
