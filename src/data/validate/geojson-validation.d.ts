/** The part of geojson-validation 1.0 (CommonJS, untyped) the validator uses. */
declare module 'geojson-validation' {
  interface GeojsonValidation {
    /** With trace = true: the list of problems, empty when valid. */
    isFeatureCollection(value: unknown, trace: true): string[];
    isGeometryObject(value: unknown, trace: true): string[];
  }
  const geojsonValidation: GeojsonValidation;
  export default geojsonValidation;
}
