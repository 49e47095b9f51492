/** The URL of the default data file; see scripts/default-geodata-plugin.ts. */
declare module 'virtual:default-geodata' {
  const url: string;
  export default url;
}
