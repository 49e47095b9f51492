import { describe, expect, it } from 'vitest';
import { miniData } from '../../../tests/fixtures/mini-data';
import { groupSources } from './dossier-sources';
import { realData } from '../../../tests/fixtures/real-data';
import { isSiteId } from './site-ids';
import { dataAsOf, keyTargets, siteMapBounds, siteSummary, truncateList } from './site-model';

describe('site dossier model', () => {
  it('summarises a platform with its own targets and firms', () => {
    const site = siteSummary(miniData(), 'liandu-park-gaoxi')!;
    expect(site.kind).toBe('feature');
    expect(site.targetsScope).toBe('site');
    expect(site.targets.map((target) => target.id).sort()).toEqual(['tgt-b', 'tgt-c']);
    expect(site.enterprises.map((enterprise) => enterprise.id)).toEqual(['ent-liandu-a']);
    expect(site.county?.properties.code).toBe('331102');
  });

  it("falls back to the county's targets, labelled as such, when the site has none", () => {
    const site = siteSummary(miniData(), 'liandu-core-bihu')!;
    expect(site.targetsScope).toBe('county');
    expect(site.targets.map((target) => target.id)).toEqual(['tgt-a']);
  });

  it('knows counties and rejects unknown ids', () => {
    const data = miniData();
    expect(isSiteId(data, 'county-331102')).toBe(true);
    expect(isSiteId(data, 'county-999999')).toBe(false);
    expect(siteSummary(data, 'nowhere')).toBeNull();
    expect(siteSummary(data, 'county-331102')?.kind).toBe('county');
  });

  it('names the responsible units of actions in the site county (real data)', () => {
    const site = siteSummary(realData(), 'jinyun-core')!;
    const units = site.actions.flatMap((action) => action.responsibleUnits);
    expect(units).toContain('缙云县');
    expect(site.measure?.kind).toBe('area');
    expect(site.schematic).toBe(true);
    expect(siteMapBounds(site)).not.toBeNull();
  });

  it('truncates long lists so the last line says how many more', () => {
    expect(truncateList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(truncateList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], more: 3 });
  });

  it('puts the latest dated targets first', () => {
    const data = miniData();
    const sorted = keyTargets(data.targets);
    const years = sorted.map((target) => target.year ?? 0);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('dates the data by the latest dated plan document', () => {
    expect(dataAsOf(realData().documents)).toBe('2023-09');
    expect(dataAsOf({})).toBeNull();
  });

  it('groups sources by document with sorted unique lines', () => {
    expect(
      groupSources([
        { seed: '001_cba86b0ca2d8931f.txt', line: 9 },
        { seed: '000_dd22fc84a3e54e50.txt', line: 3 },
        { seed: '001_cba86b0ca2d8931f.txt', line: 2 },
        { seed: '001_cba86b0ca2d8931f.txt', line: 9 },
      ]),
    ).toEqual([
      { seed: '001_cba86b0ca2d8931f.txt', lines: [2, 9] },
      { seed: '000_dd22fc84a3e54e50.txt', lines: [3] },
    ]);
  });
});
