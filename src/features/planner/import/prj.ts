/**
 * Reads a Shapefile's .prj (OGC WKT 1, ESRI WKT or WKT 2) and recognises the
 * coordinate systems planners receive in Lishui by their parameters, not by
 * one spelling of their names: WGS-84 and CGCS2000 geographic; Transverse
 * Mercator / Gauss–Krüger on the CGCS2000 (GRS 80) or WGS-84 ellipsoid, with
 * or without the zone number in the false easting (EPSG:4491–4554 are of this
 * kind); Web Mercator (EPSG:3857). Anything else (Beijing 1954, Xian 1980,
 * Lambert …) is refused with its own name, never guessed.
 */

export interface WktNode {
  keyword: string;
  values: Array<string | number | WktNode>;
}

/** Parses WKT into keyword nodes; null when it is not WKT. Iterative, no recursion limits. */
export function parseWkt(text: string): WktNode | null {
  const tokens = text.match(
    /"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_]*|[-+]?[0-9.]+(?:[eE][-+]?\d+)?|[[\](),]/g,
  );
  if (!tokens) return null;
  const stack: WktNode[] = [];
  let root: WktNode | null = null;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (/^[A-Za-z_]/.test(token) && (next === '[' || next === '(')) {
      const node: WktNode = { keyword: token.toUpperCase(), values: [] };
      if (stack.length > 0) stack[stack.length - 1]!.values.push(node);
      else if (root === null) root = node;
      else return null;
      stack.push(node);
      index += 1;
    } else if (token === ']' || token === ')') {
      if (stack.pop() === undefined) return null;
    } else if (token === ',') {
      continue;
    } else {
      const current = stack[stack.length - 1];
      if (!current) return null;
      if (token.startsWith('"')) current.values.push(token.slice(1, -1).replace(/""/g, '"'));
      else if (/^[-+]?[0-9.]/.test(token)) current.values.push(Number(token));
      else current.values.push(token);
    }
  }
  return stack.length === 0 ? root : null;
}

const children = (node: WktNode, ...keywords: string[]): WktNode[] =>
  node.values.filter(
    (value): value is WktNode => typeof value === 'object' && keywords.includes(value.keyword),
  );
const child = (node: WktNode, ...keywords: string[]): WktNode | undefined =>
  children(node, ...keywords)[0];
const nameOf = (node: WktNode | undefined): string =>
  node && typeof node.values[0] === 'string' ? node.values[0] : '';
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export type Datum = 'WGS-84' | 'CGCS2000';

export type Projection =
  | { kind: 'geographic'; datum: Datum; name: string }
  | { kind: 'projected'; datum: Datum; name: string; proj4: string }
  | { kind: 'unknown'; name: string };

function datumOf(geographic: WktNode | undefined): Datum | null {
  if (!geographic) return null;
  const datum = child(geographic, 'DATUM');
  const spheroid = datum && child(datum, 'SPHEROID', 'ELLIPSOID');
  const words = squash(`${nameOf(geographic)} ${nameOf(datum)} ${nameOf(spheroid)}`);
  if (/beijing|xian|1954|1980|krassowsky|krasovsky/.test(words)) return null;
  if (/china2000|cgcs2000|chinageodeticcoordinatesystem2000/.test(words)) return 'CGCS2000';
  if (/wgs84|wgs1984|worldgeodeticsystem1984/.test(words)) return 'WGS-84';
  return null;
}

/** Parameter values by squashed name, from PARAMETER nodes anywhere below `node`. */
function parameters(node: WktNode): Map<string, number> {
  const found = new Map<string, number>();
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const value of current.values) {
      if (typeof value !== 'object') continue;
      if (value.keyword === 'PARAMETER' && typeof value.values[1] === 'number')
        found.set(squash(nameOf(value)), value.values[1]);
      else stack.push(value);
    }
  }
  return found;
}

const pick = (
  values: Map<string, number>,
  names: string[],
  fallback?: number,
): number | undefined => {
  for (const name of names) if (values.has(name)) return values.get(name);
  return fallback;
};

/** Recognises a .prj's coordinate system; `unknown` carries the name it found. */
export function interpretPrj(text: string): Projection {
  const root = parseWkt(text);
  if (!root) return { kind: 'unknown', name: text.trim().slice(0, 80) || '(empty)' };
  const name = nameOf(root).slice(0, 120) || root.keyword;
  if (['GEOGCS', 'GEOGCRS', 'GEODCRS', 'GEOGRAPHICCRS'].includes(root.keyword)) {
    const datum = datumOf(root);
    return datum ? { kind: 'geographic', datum, name } : { kind: 'unknown', name };
  }
  if (!['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(root.keyword))
    return { kind: 'unknown', name };
  const datum = datumOf(child(root, 'GEOGCS', 'BASEGEOGCRS', 'BASEGEODCRS'));
  if (!datum) return { kind: 'unknown', name };
  const method = squash(
    nameOf(child(root, 'PROJECTION')) || nameOf(child(child(root, 'CONVERSION') ?? root, 'METHOD')),
  );
  const values = parameters(root);
  const unitNode = children(root, 'UNIT', 'LENGTHUNIT').at(-1);
  const toMetre = typeof unitNode?.values[1] === 'number' ? unitNode.values[1] : 1;
  const squashedName = squash(name);
  if (
    /pseudomercator|webmercator/.test(squashedName) ||
    /mercatorauxiliarysphere|popularvisualisationpseudomercator/.test(method)
  ) {
    return { kind: 'projected', datum, name, proj4: 'EPSG:3857' };
  }
  if (/transversemercator|gausskruger|gaussian/.test(method)) {
    const centralMeridian = pick(values, ['centralmeridian', 'longitudeofnaturalorigin']);
    if (centralMeridian === undefined) return { kind: 'unknown', name };
    const scale = pick(values, ['scalefactor', 'scalefactoratnaturalorigin'], 1)!;
    const falseEasting = pick(values, ['falseeasting'], 0)!;
    const falseNorthing = pick(values, ['falsenorthing'], 0)!;
    const latitudeOfOrigin = pick(values, ['latitudeoforigin', 'latitudeofnaturalorigin'], 0)!;
    const ellipsoid = datum === 'CGCS2000' ? 'GRS80' : 'WGS84';
    return {
      kind: 'projected',
      datum,
      name,
      proj4: `+proj=tmerc +lat_0=${latitudeOfOrigin} +lon_0=${centralMeridian} +k=${scale} +x_0=${falseEasting} +y_0=${falseNorthing} +ellps=${ellipsoid} +towgs84=0,0,0 +units=m +to_meter=${toMetre} +no_defs`,
    };
  }
  return { kind: 'unknown', name };
}
