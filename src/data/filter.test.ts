import { describe, expect, it } from 'vitest';
import { miniData } from '../../tests/fixtures/mini-data';
import { featureIdsForFilter } from './filter';

describe('featureIdsForFilter', () => {
  const data = miniData();

  it('keeps every feature hosting an industry or one of its sub-chains, and counties assigned to it', () => {
    const ids = [
      ...featureIdsForFilter(data, { kind: 'industry', id: 'ind-city-semiconductor' }),
    ].sort();
    expect(ids).toEqual(['county-331122', 'liandu-core-bihu', 'liandu-park-gaoxi']);
  });

  it('keeps only the sub-chain’s hosts when filtering by a sub-chain', () => {
    expect([...featureIdsForFilter(data, { kind: 'industry', id: 'ind-liandu-chips' })]).toEqual([
      'liandu-core-bihu',
    ]);
  });

  it('keeps a county and the plan features inside it', () => {
    expect([...featureIdsForFilter(data, { kind: 'county', id: '331122' })].sort()).toEqual([
      'county-331122',
      'jinyun-core',
      'jinyun-unplaced-park',
    ]);
  });
});
