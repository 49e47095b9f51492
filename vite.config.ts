import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { defaultGeodataPlugin, GEODATA_DIR } from './scripts/default-geodata-plugin.ts';
import { portablePlugin, portableWorkerInliner } from './scripts/portable-plugin.ts';
import { webAppManifest } from './scripts/web-app-manifest.ts';
import { securityHeaders } from './scripts/content-security-policy.ts';

/** `npm run portable`: the one-file briefing (see README, "Carry it on a USB stick"). */
export const PORTABLE_FILE = 'lishui-briefing.html';
const PUBLIC_DIR = fileURLToPath(new URL('./public', import.meta.url));

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig(({ mode }) => ({
  // Relative URLs: the built app runs at a domain root, under any folder of an intranet server, and inlined from a file.
  base: './',
  plugins: [
    react(),
    defaultGeodataPlugin(GEODATA_DIR, { inline: mode === 'portable' }),
    VitePWA({
      // The one-file briefing opens from file://, where no service worker can run.
      disable: mode === 'portable',
      // A new deployment waits until the user reloads into it (src/app/update-offer.ts), never mid-tour.
      registerType: 'prompt',
      // Registered from the app's bundle (src/app/service-worker.ts): no inline script in index.html.
      injectRegister: false,
      manifest: webAppManifest,
      // The manifest and its icons are precached by the plugin; this is the one icon it does not know.
      includeAssets: ['icons/apple-touch-icon-180.png'],
      workbox: {
        // The whole build: app shell, default data, tours and every lazily loaded view, so a briefing runs offline.
        globPatterns: ['**/*.{html,js,css,json,geojson,svg}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Deep links (?select=, ?tour=, ?dossier=…) are the one page with a query.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install controls the page at once, so it is offline-ready without a reload;
        // later versions still wait (no skipWaiting) until the user accepts them.
        clientsClaim: true,
      },
    }),
    ...(mode === 'portable'
      ? [
          viteSingleFile({ outputFileName: PORTABLE_FILE }),
          ...portablePlugin({ publicDir: PUBLIC_DIR, fileName: PORTABLE_FILE }),
        ]
      : []),
  ],
  // The briefing is one file: nothing from public/ beside it (its favicon is inlined).
  publicDir: mode === 'portable' ? false : 'public',
  resolve: { alias },
  build: {
    outDir: mode === 'portable' ? 'dist-portable' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Geodata and tour files stay separate, cacheable assets instead of base64 inside the JS.
    assetsInlineLimit: 0,
  },
  // The portable file's workers are inlined as classic scripts: Chrome does not start a module
  // worker from a blob URL of a page opened from a file. One script each, lazy parsers inside.
  worker:
    mode === 'portable'
      ? {
          format: 'iife',
          plugins: () => [portableWorkerInliner()],
          rolldownOptions: { output: { codeSplitting: false } },
        }
      : { format: 'es' },
  // The built app is served with its Content-Security-Policy (README, "Deployment"); the dev
  // server is not, since React Refresh injects inline script there.
  preview: { port: 4173, strictPort: true, headers: securityHeaders(process.env) },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup-messages.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['tests/setup-messages.ts', 'tests/setup-dom.ts'],
        },
      },
    ],
  },
}));
