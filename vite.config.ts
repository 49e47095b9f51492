import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { defaultGeodataPlugin, GEODATA_DIR } from './scripts/default-geodata-plugin.ts';
import { securityHeaders } from './scripts/content-security-policy.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  plugins: [react(), defaultGeodataPlugin(GEODATA_DIR)],
  resolve: { alias },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Geodata and tour files stay separate, cacheable assets instead of base64 inside the JS.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
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
});
