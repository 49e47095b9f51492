/**
 * The plan systems (one per source plan), as plain constants. Kept apart from
 * schema.ts so the first map view (legend, style) does not pull in zod.
 */
export const SYSTEMS = ['corridor', 'liandu', 'jinyun', 'xianju', 'enclave'] as const;
export type SystemId = (typeof SYSTEMS)[number];
