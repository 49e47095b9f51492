/** The two shpjs (6.x) readers used here; the package ships no types. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, one per record (null for null shapes); raw coordinates without a projection. */
  export function parseShp(
    shp: ArrayBuffer | ArrayBufferView,
    prj?: string,
  ): Array<Geometry | null>;
  /** Attribute rows of a .dbf, text decoded with the given WHATWG encoding label. */
  export function parseDbf(
    dbf: ArrayBuffer | ArrayBufferView,
    encoding?: string,
  ): Array<Record<string, unknown>>;
}
