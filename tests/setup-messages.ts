/**
 * Setup for every vitest project: the English messages and the Chinese ones of
 * the later views are lazy chunks in the app (loaded before they are needed);
 * tests read all of them at once.
 * `src/i18n/i18n.test.ts` and `src/state/ui-slice.test.ts` test the lazy path
 * on fresh module instances.
 */
import { beforeAll } from 'vitest';
import { loadMessages, loadViewMessages } from '@/i18n';

beforeAll(() => Promise.all([loadMessages('en'), loadViewMessages()]));
