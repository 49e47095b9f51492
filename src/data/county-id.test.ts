import { describe, expect, it } from 'vitest';
import { countyCodeOf, countyFeatureId } from './county-id';

describe('county ids', () => {
  it('round-trips an administrative code', () => {
    expect(countyFeatureId('331102')).toBe('county-331102');
    expect(countyCodeOf(countyFeatureId('331102'))).toBe('331102');
  });

  it('gives no code for a plan feature id', () => {
    expect(countyCodeOf('liandu-bihu-new-town')).toBeNull();
  });
});
