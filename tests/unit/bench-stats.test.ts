import { describe, expect, it } from 'vitest';
import { growthExponent, growthVerdict, median, p95 } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes medians and 95th percentiles with interpolation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(p95(Array.from({ length: 101 }, (_, index) => index))).toBe(95);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('fits the growth exponent on log–log axes', () => {
    const sizes = [1_000, 10_000, 100_000];
    expect(growthExponent(sizes, [1, 10, 100])).toBeCloseTo(1);
    expect(growthExponent(sizes, [5, 5, 5])).toBeCloseTo(0);
    expect(growthExponent(sizes, [1, 100, 10_000])).toBeCloseTo(2);
    expect(growthVerdict(growthExponent(sizes, [1, 100, 10_000]))).toBe('SUPER-LINEAR');
    expect(growthVerdict(0.5)).toBe('sub-linear');
    expect(growthVerdict(0.05)).toBe('flat');
  });
});
