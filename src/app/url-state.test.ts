import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  isEmbedUrl,
  parseUrlState,
  shareUrl,
  serializeUrlState,
  type UrlVocabulary,
} from './url-state';

const vocabulary: UrlVocabulary = {
  isFeatureId: (id) => ['liandu-core-bihu', 'county-331102'].includes(id),
  isIndustryId: (id) => id === 'ind-city-semiconductor',
  isCountyCode: (code) => code === '331102',
  isLayerId: (id) => ['liandu-areas', 'neighbours'].includes(id),
  isTourId: (id) => id === 'corridor',
  isChainIndustry: (id) => id === 'ind-city-semiconductor',
  isChainLink: (industryId, linkId) =>
    industryId === 'ind-city-semiconductor' && linkId === 'link-city-semi-wafer',
};

describe('URL state', () => {
  it('round-trips a full view', () => {
    const state = {
      selectedId: 'liandu-core-bihu',
      language: 'en' as const,
      filter: { kind: 'industry' as const, id: 'ind-city-semiconductor' },
      hiddenLayers: ['neighbours', 'liandu-areas'],
      camera: { center: [119.78, 28.32] as [number, number], zoom: 11.5, bearing: 20, pitch: 30 },
      tour: null,
      chain: null,
      embed: false,
    };
    const query = serializeUrlState(state);
    expect(query).toBe(
      '?select=liandu-core-bihu&lang=en&filter=industry:ind-city-semiconductor&hide=liandu-areas,neighbours&cam=119.78,28.32,11.5,20,30',
    );
    expect(parseUrlState(query, vocabulary)).toEqual({
      state: { ...state, hiddenLayers: ['liandu-areas', 'neighbours'] },
      ignored: [],
    });
  });

  it('reads and writes an open chain and its chosen link', () => {
    const query = '?chain=ind-city-semiconductor&link=link-city-semi-wafer';
    const { state, ignored } = parseUrlState(query, vocabulary);
    expect(ignored).toEqual([]);
    expect(state.chain).toEqual({
      industryId: 'ind-city-semiconductor',
      linkId: 'link-city-semi-wafer',
    });
    expect(serializeUrlState(state)).toBe(query);
  });

  it('keeps a known chain but drops a link that is not in it, and drops an unknown chain', () => {
    const partly = parseUrlState('?chain=ind-city-semiconductor&link=link-elsewhere', vocabulary);
    expect(partly.state.chain).toEqual({ industryId: 'ind-city-semiconductor', linkId: null });
    expect(partly.ignored).toEqual(['link']);
    const unknown = parseUrlState('?chain=ind-nothing', vocabulary);
    expect(unknown.state.chain).toBeNull();
    expect(unknown.ignored).toEqual(['chain']);
  });

  it('gives an empty query for the default view', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it.each([
    ['?select=<script>', 'select'],
    ['?select=not-a-feature', 'select'],
    ['?lang=fr', 'lang'],
    ['?filter=industry:unknown', 'filter'],
    ['?filter=county:12', 'filter'],
    ['?filter=weird', 'filter'],
    ['?cam=abc', 'cam'],
    ['?cam=500,28,9', 'cam'],
    ['?cam=120,28,99', 'cam'],
    ['?tour=nope&step=2', 'tour'],
    ['?tour=corridor&step=-1', 'tour'],
    ['?embed=yes', 'embed'],
  ])('falls back to defaults for %s', (query, parameter) => {
    const { state, ignored } = parseUrlState(query, vocabulary);
    expect(ignored).toEqual([parameter]);
    expect(state).toEqual(DEFAULT_URL_STATE);
  });

  it('keeps the known layers of a partly bad layer list', () => {
    const { state, ignored } = parseUrlState('?hide=neighbours,bogus', vocabulary);
    expect(state.hiddenLayers).toEqual(['neighbours']);
    expect(ignored).toEqual(['hide']);
  });

  it('reads a tour and step', () => {
    expect(parseUrlState('?tour=corridor&step=3', vocabulary).state.tour).toEqual({
      id: 'corridor',
      step: 3,
    });
  });

  it('keeps embed mode in the address so a reload stays embedded', () => {
    const { state, ignored } = parseUrlState('?select=liandu-core-bihu&embed=1', vocabulary);
    expect(ignored).toEqual([]);
    expect(state.embed).toBe(true);
    expect(serializeUrlState(state)).toBe('?select=liandu-core-bihu&embed=1');
    expect(isEmbedUrl('?embed=1')).toBe(true);
    expect(isEmbedUrl('?embed=0')).toBe(false);
    expect(isEmbedUrl('')).toBe(false);
  });

  it('shares the whole view as an absolute link to the full app', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      selectedId: 'county-331102',
      language: 'en' as const,
      filter: { kind: 'county' as const, id: '331102' },
      camera: {
        center: [119.912345678, 28.4512345] as [number, number],
        zoom: 10.256,
        bearing: 0,
        pitch: 0,
      },
      embed: true,
    };
    const link = shareUrl(state, { origin: 'https://maps.example.gov.cn', pathname: '/lishui/' });
    expect(link).toBe(
      'https://maps.example.gov.cn/lishui/?select=county-331102&lang=en&filter=county:331102&cam=119.91235,28.45123,10.26',
    );
    const reopened = parseUrlState(new URL(link).search, vocabulary);
    expect(reopened.ignored).toEqual([]);
    expect(reopened.state).toMatchObject({
      selectedId: 'county-331102',
      language: 'en',
      filter: { kind: 'county', id: '331102' },
      camera: { center: [119.91235, 28.45123], zoom: 10.26 },
      embed: false,
    });
  });
});
