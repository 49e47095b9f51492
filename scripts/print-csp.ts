/**
 * npx tsx scripts/print-csp.ts [--nginx]
 *
 * Prints the app's Content-Security-Policy (scripts/content-security-policy.ts),
 * or with --nginx the `add_header` line for a server block; CSP_FRAME_ANCESTORS
 * overrides `frame-ancestors` as it does for the preview server.
 */
import { securityHeaders } from './content-security-policy.ts';

const policy = securityHeaders(process.env)['Content-Security-Policy'];
console.log(
  process.argv.includes('--nginx')
    ? `add_header Content-Security-Policy "${policy}" always;`
    : policy,
);
