import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildSketchLayers, buildUserLayers } from './overlay-layers';

describe('overlay layers', () => {
  it('are valid MapLibre style layers', () => {
    const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    const style = {
      version: 8,
      sources: { 'user-features': { ...empty, promoteId: 'id' }, sketch: empty },
      layers: [...buildUserLayers(), ...buildSketchLayers()],
    };
    expect(validateStyleMin(style as never).map((error) => error.message)).toEqual([]);
  });
});
