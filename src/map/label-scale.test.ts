import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { projectorLabelScale, scaleTextSize } from './label-scale';
import { emptyOfflineStyle } from '../../tests/fixtures/empty-style';

describe('projectorLabelScale', () => {
  it('keeps desk sizes up to 1280 px and grows with a wider projector', () => {
    expect(projectorLabelScale(1024)).toBe(1);
    expect(projectorLabelScale(1280)).toBe(1);
    expect(projectorLabelScale(1920)).toBe(1.5);
    expect(projectorLabelScale(7680)).toBe(2.5);
    expect(projectorLabelScale(Number.NaN)).toBe(1);
  });

  it('makes the 12 px plan labels at least 18 px at 1920 × 1080', () => {
    expect((scaleTextSize(12, projectorLabelScale(1920)) as number) >= 18).toBe(true);
  });
});

describe('scaleTextSize', () => {
  it('multiplies a constant and every output of a zoom curve, not its stops', () => {
    expect(scaleTextSize(12, 1.5)).toBe(18);
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 7, 13, 11, 18], 2)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      7,
      26,
      11,
      36,
    ]);
    expect(scaleTextSize(['step', ['zoom'], 10, 9, 14], 1.5)).toEqual([
      'step',
      ['zoom'],
      15,
      9,
      21,
    ]);
  });

  it('returns the same value at factor 1', () => {
    const curve = ['interpolate', ['linear'], ['zoom'], 7, 13, 11, 18] as const;
    expect(scaleTextSize(curve as never, 1)).toBe(curve);
  });
});

describe('scaled label layers', () => {
  it('still validate against the style spec, and every label grows', () => {
    const style = emptyOfflineStyle();
    const labels = style.layers.filter((layer) => layer.type === 'symbol');
    expect(labels.length).toBeGreaterThan(3);
    for (const layer of labels) {
      const before = layer.layout?.['text-size'];
      const after = scaleTextSize(before, 1.5);
      expect(after, layer.id).not.toEqual(before);
      layer.layout = { ...layer.layout, 'text-size': after };
    }
    expect(validateStyleMin(style as never).map((error) => error.message)).toEqual([]);
  });
});
