/**
 * The app's one way to zod: every module that builds schemas imports `z`
 * from here, so parsing is jitless before the first schema exists. zod 4
 * otherwise compiles object parsers with `new Function`, and even its probe
 * for that is reported as a violation under the app's Content-Security-Policy,
 * which allows no eval (scripts/content-security-policy.ts). Jitless parsing
 * gives the same results. Going through this module (rather than an import at
 * each entry point) also keeps zod out of the first chunk: it loads with the
 * first schema that is needed.
 */
import { config, z } from 'zod';

config({ jitless: true });

export { z };
