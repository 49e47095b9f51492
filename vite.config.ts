import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { defaultGeodataPlugin, GEODATA_DIR } from './scripts/default-geodata-plugin.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  // Relative URLs: the built app runs at a domain root, under any folder of an intranet server, and inlined from a file.
  base: './',
  plugins: [react(), defaultGeodataPlugin(GEODATA_DIR)],
  resolve: { alias },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Geodata and tour files stay separate, cacheable assets instead of base64 inside the JS.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
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
