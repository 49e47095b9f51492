/**
 * The text form of every committed geodata GeoJSON file: one feature per line,
 * so a diff shows which features changed, and the file is still plain JSON.
 */
export function featureCollectionText(features: readonly unknown[]): string {
  const lines = features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
