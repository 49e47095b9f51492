import { describe, expect, it } from 'vitest';
import type { MapData } from '@/data/map-data';
import { contrastRatio } from '@/lib/contrast';
import { buildStyle } from './style';

const empty = { type: 'FeatureCollection', features: [] } as const;
const mapData = {
  neighbours: empty,
  counties: empty,
  outline: empty,
  plan: empty,
  labels: empty,
} as unknown as MapData;

describe('map label colours', () => {
  const style = buildStyle(mapData, {
    language: 'zh',
    basemap: 'none',
    tiandituToken: null,
    visibleLayers: null,
  });
  const labels = style.layers.filter((layer) => layer.type === 'symbol');

  it.each(labels.map((layer) => [layer.id, layer] as const))(
    '%s reads at 4.5:1 or more on its halo (desk and projector alike)',
    (_id, layer) => {
      const paint = (layer.paint ?? {}) as Record<string, unknown>;
      const text = paint['text-color'];
      const halo = paint['text-halo-color'];
      expect(typeof text, 'label colour is a plain colour').toBe('string');
      expect(typeof halo, 'label halo is a plain colour').toBe('string');
      expect(contrastRatio(text as string, halo as string)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
