/**
 * The river file of geodata/ (GSHHG's WDBII rivers, built by
 * `npm run geodata`): its path and the box it is clipped to, shared by the
 * build, the parser and the validator.
 */

export const RIVERS_FILE = 'boundaries/rivers.geojson';

/** Rivers are clipped to this box: Lishui and its neighbours. [west, south, east, north], degrees. */
export const RIVER_BOX = [118.2, 27.0, 121.2, 29.2] as const;

/** WDBII level at or below which a river counts as a main river (drawn wider). */
export const MAIN_RIVER_LEVEL = 3;
