import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, readGeodataBundle } from './geodata-bundle';

const collection = { type: 'FeatureCollection', features: [] };
const empty = {
  counties: collection,
  outline: collection,
  neighbours: collection,
  features: [],
  industries: [],
  enterprises: [],
  targets: [],
  places: [],
  defects: [],
  actions: [],
  countyProfiles: [],
  documents: {},
  shizi: null,
};

describe('readGeodataBundle', () => {
  it('accepts a bundle of the current format', () => {
    const labelPoints = { 'county-a': [119.9, 28.4] };
    expect(readGeodataBundle({ format: BUNDLE_FORMAT, data: empty, labelPoints })).toEqual({
      ok: true,
      data: { raw: empty, labelPoints },
    });
  });

  it.each([
    ['not an object', 'oops'],
    ['an older format', { format: 'lishui-geodata-bundle/0', data: empty }],
    ['a plain GeoJSON file', collection],
  ])('rejects %s with a message naming the file', (_, value) => {
    expect(readGeodataBundle(value)).toEqual({
      ok: false,
      error: [`default-geodata.json: not a ${BUNDLE_FORMAT} file (build the app again)`],
    });
  });

  it('lists every missing part', () => {
    const data = { ...empty, features: undefined, counties: {} };
    const read = readGeodataBundle({ format: BUNDLE_FORMAT, data });
    expect(read.ok ? [] : read.error).toEqual([
      'default-geodata.json › features: expected a list',
      'default-geodata.json › counties: expected a FeatureCollection',
      'default-geodata.json › labelPoints: expected an object',
    ]);
  });

  it('passes on the parser messages the dev server sends', () => {
    const errors = ['records/liandu.json › industries.0.nameZh: Required'];
    expect(readGeodataBundle({ format: BUNDLE_FORMAT, errors })).toEqual({
      ok: false,
      error: errors,
    });
  });
});
