import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from './contrast';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and a known middle value', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
  });

  it('composites a translucent background over what lies under it', () => {
    // Half-transparent black over white is mid grey: white text on it is weak.
    expect(contrastRatio('#ffffff', 'rgba(0, 0, 0, 0.5)', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#ffffff', 'rgba(0, 0, 0, 0.86)', '#ffffff')).toBeGreaterThan(12);
  });

  it('refuses a colour it cannot read instead of guessing', () => {
    expect(() => parseColour('tomato')).toThrow(/tomato/);
  });
});
