/** Builds the benchmark floor page (bench/floor/) on its own, into .cache/bench/floor/. */
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import { defaultGeodataPlugin, GEODATA_DIR } from '../../scripts/default-geodata-plugin.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/floor/',
  plugins: [defaultGeodataPlugin(GEODATA_DIR)],
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../.cache/bench/floor', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
