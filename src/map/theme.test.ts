import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/contrast';
import { emptyOfflineStyle } from '../../tests/fixtures/empty-style';

describe('map label colours', () => {
  const style = emptyOfflineStyle();
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
