import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';
import { hostPlaces } from './placement-rules';

describe('placement rules', () => {
  it('reports a plan feature outside Lishui', () => {
    expect(validationMessages(loadInvalidGeodata('outside-region'))).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › geometry: vertex [119.7, 28.4] lies 9.79 km outside Lishui (boundaries/lishui-outline.geojson); expected inside, within 200 m',
    ]);
  });

  it('reports a schematic shape outside its county', () => {
    expect(validationMessages(loadInvalidGeodata('outside-county'))).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › geometry: vertex [120.1, 28.4] lies 9.79 km outside its county 莲都区 (331102); expected inside, within 200 m',
    ]);
  });

  it('reports an enclave drawn far from its host city', () => {
    expect(validationMessages(loadInvalidGeodata('enclave-placement'))).toEqual([
      'layers/mini.geojson › feature 2 (mini-enclave) › geometry: vertex [121.47, 31.23] is 165 km from the nearest place named like hostCity "杭州" (place-mini-hangzhou); expected within 60 km',
    ]);
  });

  it('reports an unplaced feature with a recipe', () => {
    expect(validationMessages(loadInvalidGeodata('unplaced'))).toEqual([
      'layers/mini.geojson › feature 3 (mini-incubator) › properties.recipe: an "unplaced" feature has a recipe; expected no recipe and null geometry',
    ]);
  });

  it('reports a schematic shape without a recipe', () => {
    expect(validationMessages(loadInvalidGeodata('recipe'))).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › properties.recipe: missing; expected a recipe for a schematic shape (npm run geodata draws it)',
    ]);
  });

  it('reports a county-seat point without the seat recipe', () => {
    expect(validationMessages(loadInvalidGeodata('seat-recipe'))).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › properties.recipe: a "county-seat" point needs the recipe { "type": "seat" }',
    ]);
  });

  it('reports a city-plan platform without its platform kind', () => {
    expect(validationMessages(loadInvalidGeodata('platform-kind'))).toEqual([
      'layers/mini.geojson › feature 4 (mini-xianju-park) › properties.platformKind: missing; a city-plan platform needs its platformKind (its layer)',
    ]);
  });

  it('matches host cities written with several names', () => {
    const place = {
      id: 'p',
      name: '杭州海创园',
      nameEn: 'x',
      countyCode: '330100',
      lng: 120,
      lat: 30,
      positionSource: 'x',
      quality: 'approximate' as const,
    };
    expect(hostPlaces('上海/杭州市', [place])).toEqual([place]);
    expect(hostPlaces('美国/德国', [place])).toEqual([]);
  });
});
