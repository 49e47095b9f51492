/**
 * The plan systems (one per source plan), as plain constants. Kept apart from
 * schema.ts so the first map view (legend, style) does not pull in zod.
 */
export const SYSTEMS = ['corridor', 'liandu', 'jinyun', 'xianju', 'enclave', 'city'] as const;
export type SystemId = (typeof SYSTEMS)[number];

/**
 * The kinds of platform the city plan names across the nine counties; each is
 * one layer of the "city" system (市级规划平台).
 */
export const PLATFORM_KINDS = ['complex', 'park', 'lab', 'logistics', 'culture', 'talent'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];
