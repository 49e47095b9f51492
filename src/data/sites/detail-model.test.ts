import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import { detailFor } from './detail-model';

describe('detailFor', () => {
  const data = miniData();

  it('lists a platform’s own enterprises first and benchmark firms apart', () => {
    const detail = detailFor(data, 'liandu-park-gaoxi');
    expect(detail?.kind).toBe('feature');
    if (detail?.kind !== 'feature') return;
    expect(detail.localEnterprises.map((enterprise) => enterprise.id)).toEqual(['ent-liandu-a']);
    expect(detail.benchmarkEnterprises.map((enterprise) => enterprise.id)).toEqual([
      'ent-liandu-bench',
    ]);
    expect(detail.countyEnterprises.map((enterprise) => enterprise.id)).toEqual(['ent-liandu-b']);
    expect(detail.partnerEnterprises.map((enterprise) => enterprise.id)).toEqual([
      'ent-liandu-partner',
    ]);
    expect(detail.parent?.properties.id).toBe('liandu-core-bihu');
    expect(detail.targets.map((target) => target.id)).toEqual(['tgt-b', 'tgt-c']);
  });

  it('measures areas in km² and gives unplaced features no size', () => {
    const zone = detailFor(data, 'liandu-core-bihu');
    expect(zone?.kind === 'feature' && zone.measure?.kind).toBe('area');
    const unplaced = detailFor(data, 'jinyun-unplaced-park');
    expect(unplaced?.kind === 'feature' && unplaced.measure).toBeNull();
  });

  it('shows a county with its clusters, targets and the features inside it', () => {
    const liandu = detailFor(data, 'county-331102');
    expect(liandu?.kind).toBe('county');
    if (liandu?.kind !== 'county') return;
    expect(liandu.features.map((feature) => feature.properties.id)).toEqual([
      'liandu-core-bihu',
      'liandu-park-gaoxi',
    ]);
    expect(liandu.targets.map((target) => target.id)).toEqual(['tgt-a']);
    const jinyun = detailFor(data, 'county-331122');
    expect(jinyun?.kind === 'county' && jinyun.industries.map((industry) => industry.id)).toEqual([
      'ind-city-semiconductor',
    ]);
    expect(
      detailFor(data, 'county-331024')?.kind === 'county' &&
        (detailFor(data, 'county-331024') as { isLishui: boolean }).isLishui,
    ).toBe(false);
  });

  it('returns null for unknown ids', () => {
    expect(detailFor(data, 'nope')).toBeNull();
    expect(detailFor(data, 'county-999999')).toBeNull();
  });
});
