import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from './search-index';
import { makeSearchData } from '../../../tests/fixtures/search-fixture';
import { realData } from '../../../tests/fixtures/real-data';

const index = buildSearchIndex(makeSearchData());
const ids = (query: string, limit?: number) => search(index, query, limit).map((hit) => hit.id);

describe('search', () => {
  it('finds 碧湖新城 first from pinyin initials or the start of its full pinyin', () => {
    expect(ids('bhxc')[0]).toBe('liandu-core-bihu');
    expect(ids('bihu')[0]).toBe('liandu-core-bihu');
    expect(ids('BiHu')[0]).toBe('liandu-core-bihu');
    expect(ids('bi hu xin')[0]).toBe('liandu-core-bihu');
    expect(ids('碧湖')[0]).toBe('liandu-core-bihu');
  });

  it('ranks a zone before the blocks and towns inside it when both match alike', () => {
    const [first, ...rest] = ids('bihu');
    expect(first).toBe('liandu-core-bihu');
    expect(rest.slice(0, 2).sort()).toEqual(['liandu-block-bihu', 'liandu-town-bihu']);
  });

  it('matches partial English at the start of any word, ignoring case', () => {
    expect(ids('new to')[0]).toBe('liandu-core-bihu');
    expect(ids('machin')).toEqual(['ent-bihu-machinery']);
    expect(ids('HISIL')).toEqual(['ent-hisilicon']);
  });

  it('matches runs of initials and syllables inside a name', () => {
    expect(ids('xc')).toContain('liandu-core-bihu');
    expect(ids('xincheng')).toContain('liandu-core-bihu');
    // Mid-syllable pinyin (inche in bihuxincheng) is noise, not a match.
    expect(ids('inche')).toEqual([]);
  });

  it('ranks exact over prefix over word prefix over substring', () => {
    // 莲都 is the bare name of 莲都区: exact beats every prefix, whatever the kind.
    expect(ids('liandu')[0]).toBe('county-331102');
    // Word prefix (Bihu New Town) before substring (Old Downtown).
    expect(ids('town').indexOf('liandu-core-bihu')).toBeLessThan(
      ids('town').indexOf('liandu-downtown'),
    );
    // 新城 inside 碧湖新城 is a substring; it still ranks the feature above the target mentioning it.
    expect(ids('新城')).toEqual(['liandu-core-bihu', 'tgt-bihu-output']);
  });

  it('orders equal matches by kind: feature, county, enterprise, industry, target', () => {
    const kinds = search(index, 'lian').map((hit) => hit.kind);
    expect(kinds).toEqual(['feature', 'county', 'enterprise', 'industry', 'target']);
  });

  it('marks benchmark firms and points them at their industry, not the map', () => {
    const [hit] = search(index, '华为');
    expect(hit).toMatchObject({
      kind: 'enterprise',
      tags: ['benchmark'],
      targetFeatureId: null,
      filterIndustryId: 'ind-semi',
      detail: '深圳 · 半导体产业',
    });
    expect(hit?.detailEn).toMatch(/^Shenzhen · /);
    expect(search(index, 'bihu jixie')[0]).toMatchObject({
      tags: [],
      targetFeatureId: 'liandu-core-bihu',
    });
  });

  it('says where each hit leads on the map', () => {
    const byId = (query: string) => search(index, query)[0];
    expect(byId('ldrjgs')).toMatchObject({ kind: 'enterprise', targetFeatureId: 'county-331102' });
    expect(byId('碧湖新城工业')).toMatchObject({
      kind: 'target',
      targetFeatureId: 'liandu-core-bihu',
    });
    expect(byId('莲都研发')).toMatchObject({ kind: 'target', targetFeatureId: 'county-331102' });
    expect(byId('半导体产值')).toMatchObject({
      kind: 'target',
      targetFeatureId: null,
      filterIndustryId: 'ind-semi',
    });
    expect(byId('半导体产业')).toMatchObject({
      kind: 'industry',
      targetFeatureId: null,
      filterIndustryId: 'ind-semi',
    });
    expect(byId('lucheng')).toMatchObject({
      kind: 'county',
      id: 'county-330302',
      tags: ['neighbour'],
    });
  });

  it('includes unplaced features, tagged as such', () => {
    expect(search(index, 'wlsys')[0]).toMatchObject({
      id: 'liandu-future-lab',
      tags: ['unplaced'],
    });
  });

  it('gives nothing for an empty or blank query, and respects the limit', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(ids('b', 2)).toHaveLength(2);
  });

  it('treats full-width input like ASCII', () => {
    expect(ids('ｂｈｘｃ')[0]).toBe('liandu-core-bihu');
  });
});

describe('search over the plans’ own spellings', () => {
  const real = buildSearchIndex(realData());
  const found = (query: string) => search(real, query, 5).map((hit) => hit.id);

  it('finds a firm by the short name a plan writes (an alias)', () => {
    expect(found('蚂蚁金服')[0]).toBe('ent-liandu-ant-group');
    expect(found('涛涛车业')[0]).toBe('ent-jinyun-taotao');
  });

  it('finds a platform by a variant spelling, in Chinese and pinyin', () => {
    expect(found('国际人才双创特区')[0]).toBe('corridor-intl-talent-zone');
    expect(found('qibu kechuang')).toContain('city-park-qingtian-qibu-park');
  });
});
