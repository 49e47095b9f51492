/**
 * The service worker (vite-plugin-pwa, Workbox): registered from the app's
 * own bundle (no inline script, so a strict Content-Security-Policy holds),
 * once per page. A new deployment installs in the background and waits; the
 * app offers it (see update-offer.ts) and applies it only when the user asks.
 * Builds without a service worker (dev server, the portable file) get the
 * plugin's no-op registration.
 */
import { registerSW } from 'virtual:pwa-register';

type Listener = () => void;

let applyUpdate: (() => Promise<void>) | null = null;
let waitingVersions = 0;
const listeners = new Set<Listener>();

/** Registers the service worker; later calls do nothing. */
export function startServiceWorker(): void {
  if (applyUpdate || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      waitingVersions += 1;
      for (const listener of listeners) listener();
    },
  });
}

/** How many new versions have become waiting since the page loaded (for useSyncExternalStore). */
export const waitingVersionCount = (): number => waitingVersions;

export function subscribeToWaitingVersions(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the waiting version take over; the page reloads once it controls it. */
export function reloadIntoWaitingVersion(): Promise<void> {
  return applyUpdate ? applyUpdate() : Promise.resolve();
}
