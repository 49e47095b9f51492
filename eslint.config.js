import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layering from './eslint/layering.js';
import i18n from './eslint/no-literal-text.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-portable',
      'node_modules',
      'geodata',
      'tests/output',
      'bench/.scale',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layering },
    rules: {
      'layering/rooms': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only src/map/ may talk to MapLibre; everything else goes through the controller.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'Only src/map/ imports maplibre-gl.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is text, never HTML.',
        },
      ],
    },
  },
  {
    // What a user reads comes from src/i18n, in both languages.
    files: ['src/features/**/*.tsx', 'src/app/**/*.tsx', 'src/components/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18n },
    rules: { 'i18n/no-literal-text': 'error' },
  },
  {
    files: ['src/map/**', 'bench/**', 'tests/e2e/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // State and data layers are framework-free: no React, no map.
    files: ['src/state/**', 'src/data/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'Only src/map/ imports maplibre-gl.',
            },
            {
              group: [
                'react',
                'react-dom',
                '@/map/MapController',
                '@/map/MapView',
                '@/map/create-controller',
              ],
              message:
                'Keep data/state/lib free of React and the live map (pure map types and builders are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    // The React bindings of the one store (provider and hooks) live beside it.
    files: ['src/state/store-context.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'Only src/map/ imports maplibre-gl.',
            },
          ],
        },
      ],
    },
  },
);
