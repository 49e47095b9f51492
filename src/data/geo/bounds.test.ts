import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import { boundsOfFeatures } from './bounds';

describe('boundsOfFeatures', () => {
  const data = miniData();

  it('joins the boxes of plan features and counties, skipping unplaced ones', () => {
    expect(
      boundsOfFeatures(data, ['liandu-core-bihu', 'jinyun-unplaced-park', 'county-331122']),
    ).toEqual([119.7, 28, 120.5, 28.5]);
  });

  it('gives null when nothing has a shape', () => {
    expect(boundsOfFeatures(data, ['jinyun-unplaced-park', 'nope'])).toBeNull();
  });
});
