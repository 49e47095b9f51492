import { describe, expect, it } from 'vitest';
import { distance, centroid, pointToLineDistance } from '@turf/turf';
import { realData } from '../../../tests/fixtures/real-data';
import { miniData } from '../../../tests/fixtures/mini-data';
import { compareSites } from './compare-model';
import { addToCompare, mergeShortlists, parseShortlist, serializeShortlist } from './site-lists';

describe('site comparison', () => {
  it('compares two Liandu platforms: shared industries, distances and sourced counts', () => {
    const data = realData();
    const comparison = compareSites(data, ['liandu-core-central', 'liandu-core-bihu']);
    const [central, bihu] = comparison.columns;
    expect(central!.site.id).toBe('liandu-core-central');
    // Both cores host digital-economy industries; a shared one is marked on both sides.
    const sharedCentral = central!.industries
      .filter((entry) => entry.shared)
      .map((entry) => entry.industry.id);
    const sharedBihu = bihu!.industries
      .filter((entry) => entry.shared)
      .map((entry) => entry.industry.id);
    expect(sharedCentral.sort()).toEqual(sharedBihu.sort());
    // Distance between centroids is the Turf figure.
    const expected = distance(
      centroid(data.featureById.get('liandu-core-central')!.geometry!),
      centroid(data.featureById.get('liandu-core-bihu')!.geometry!),
      { units: 'kilometers' },
    );
    expect(comparison.pairDistances).toHaveLength(1);
    expect(comparison.pairDistances[0]!.km.value).toBeCloseTo(expected, 6);
    expect(comparison.pairDistances[0]!.km.source).toEqual({ kind: 'computed', schematic: true });
    // The axis runs between the two cores, so both are within a few km of it.
    expect(central!.lineDistances['liandu-axis']!.value).toBeLessThan(10);
    expect(central!.areaKm2!.value).toBeGreaterThan(0);
    expect(central!.countyName!.value.name).toBe('莲都区');
  });

  it('measures distance to the corridor with pointToLineDistance from the centroid', () => {
    const data = realData();
    const [column] = compareSites(data, ['jinyun-core', 'county-331024']).columns;
    const corridor = data.featureById.get('corridor-zhexinan-corridor')!.geometry!;
    const expected = pointToLineDistance(
      centroid(data.featureById.get('jinyun-core')!.geometry!),
      corridor as GeoJSON.LineString,
      { units: 'kilometers' },
    );
    expect(column!.lineDistances['corridor-zhexinan-corridor']!.value).toBeCloseTo(expected, 6);
  });

  it('lines up targets for the same indicator and year, only where two sites have one', () => {
    const data = realData();
    const comparison = compareSites(data, ['county-331102', 'county-331024']);
    expect(comparison.targetRows.length).toBeGreaterThan(0);
    for (const row of comparison.targetRows) {
      expect(row.cells.filter(Boolean)).toHaveLength(2);
      for (const target of row.cells) {
        expect(target!.indicator).toBe(row.indicator);
        expect(target!.year).toBe(row.year);
        expect(target!.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('counts the firms the plans place at each site, with their sources', () => {
    const comparison = compareSites(miniData(), ['liandu-park-gaoxi', 'liandu-core-bihu']);
    expect(comparison.columns.map((column) => column.enterpriseCount.value)).toEqual([1, 0]);
    const source = comparison.columns[0]!.enterpriseCount.source;
    expect(source.kind === 'plan' && source.sources.length).toBeGreaterThan(0);
  });

  it('gives no distance for an unplaced site rather than a wrong one', () => {
    const comparison = compareSites(miniData(), ['jinyun-unplaced-park', 'jinyun-core']);
    expect(comparison.columns[0]!.areaKm2).toBeNull();
    expect(comparison.pairDistances).toHaveLength(0);
  });
});

describe('compare selection and shortlist', () => {
  it('keeps at most three sites to compare, dropping the oldest', () => {
    expect(addToCompare(['a', 'b', 'c'], 'd')).toEqual(['b', 'c', 'd']);
    expect(addToCompare(['a'], 'a')).toEqual(['a']);
  });

  it('round-trips the stored shortlist and falls back to empty on bad data', () => {
    const known = (id: string) => id !== 'gone';
    expect(parseShortlist(serializeShortlist(['a', 'gone', 'b']), known)).toEqual(['a', 'b']);
    expect(parseShortlist('{"version":2,"ids":["a"]}', known)).toEqual([]);
    expect(parseShortlist('not json', known)).toEqual([]);
    expect(parseShortlist(null, known)).toEqual([]);
    expect(mergeShortlists(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
