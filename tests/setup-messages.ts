/**
 * Setup for every vitest project: the English messages are a lazy chunk in the
 * app (loaded before any switch to English); tests read both languages at once.
 * `src/i18n/i18n.test.ts` and `src/state/ui-slice.test.ts` test the lazy path
 * on fresh module instances.
 */
import { beforeAll } from 'vitest';
import { loadMessages } from '@/i18n';

beforeAll(() => loadMessages('en'));
