/**
 * Imported first by every entry point (src/main.tsx and each worker), before
 * any schema is built: zod 4 compiles object parsers with `new Function`
 * unless told not to, and even its probe for that is reported as a violation
 * under the app's Content-Security-Policy, which allows no eval
 * (scripts/content-security-policy.ts). Jitless parsing gives the same results.
 */
import { config } from 'zod';

config({ jitless: true });
