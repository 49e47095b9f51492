import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import { realData } from '../../../tests/fixtures/real-data';
import { detailFor } from './detail-model';
import type { PlanFeature } from '@/data/model';

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

describe('the county view of the city-plan platforms', () => {
  const platform = (id: string, platformKind: 'complex' | 'park', industryIds: string[]) =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [119.9, 28.2] },
      properties: {
        id,
        name: id,
        nameEn: id,
        system: 'city',
        kind: 'platform',
        platformKind,
        countyCode: '331102',
        role: 'r',
        roleEn: 'r',
        industryIds,
        geometryQuality: 'county-seat',
        geometryMethod: 'm',
        recipe: { type: 'seat' },
        certainty: 'stated',
        sources: [{ seed: '000_dd22fc84a3e54e50.txt', line: 1 }],
      },
    }) as PlanFeature;
  const data = miniData({
    extraFeatures: [
      platform('city-complex-a', 'complex', ['ind-city-semiconductor']),
      platform('city-park-b', 'park', []),
      platform('city-park-c', 'park', []),
    ],
  });

  it('lists the platforms of a county by kind, apart from the county plans’ features', () => {
    const detail = detailFor(data, 'county-331102');
    if (detail?.kind !== 'county') throw new Error('expected a county');
    expect(
      detail.platformsByKind.map((group) => [
        group.kind,
        group.features.map((feature) => feature.properties.id),
      ]),
    ).toEqual([
      ['complex', ['city-complex-a']],
      ['park', ['city-park-b', 'city-park-c']],
    ]);
    expect(detail.features.some((feature) => feature.properties.system === 'city')).toBe(false);
  });

  it('does not repeat a cluster the county profile already names', () => {
    const withProfile = miniData({
      extraFeatures: [
        {
          ...platform('city-complex-j', 'complex', ['ind-city-semiconductor']),
          properties: {
            ...platform('city-complex-j', 'complex', ['ind-city-semiconductor']).properties,
            countyCode: '331122',
          },
        },
      ],
    });
    const detail = detailFor(withProfile, 'county-331122');
    if (detail?.kind !== 'county') throw new Error('expected a county');
    expect(detail.industries.map((industry) => industry.id)).toContain('ind-city-semiconductor');
    expect(detail.clusters).toEqual([]);
  });

  it('names the "5+2" clusters the county serves through its platforms', () => {
    const detail = detailFor(data, 'county-331102');
    if (detail?.kind !== 'county') throw new Error('expected a county');
    expect(detail.clusters.map((industry) => industry.id)).toContain('ind-city-semiconductor');
  });
});

describe('partners in a county (real data)', () => {
  const data = realData();

  it('lists the firms that work with 缙云’s firms as partners, never as local firms', () => {
    const detail = detailFor(data, 'county-331122');
    if (detail?.kind !== 'county') throw new Error('expected a county');
    const partners = detail.partners.map((enterprise) => enterprise.name);
    expect(partners).toEqual(expect.arrayContaining(['德国西门子', '中国电科', '阿里云']));
    expect(detail.partners.every((enterprise) => enterprise.kind === 'partner')).toBe(true);
    const local = new Set(detail.enterprises.map((enterprise) => enterprise.id));
    expect(detail.partners.some((enterprise) => local.has(enterprise.id))).toBe(false);
  });

  it('gives a county without partners none', () => {
    const detail = detailFor(data, 'county-331126');
    if (detail?.kind !== 'county') throw new Error('expected a county');
    expect(detail.partners).toEqual([]);
  });
});
