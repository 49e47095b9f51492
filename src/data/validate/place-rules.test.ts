import { describe, expect, it } from 'vitest';
import { loadInvalidGeodata, validationMessages } from '../../../tests/fixtures/load-fixture';

describe('place rules', () => {
  it('reports a Lishui place outside its county', () => {
    expect(validationMessages(loadInvalidGeodata('place-county'))).toEqual([
      'records/mini.json › places[0] (place-mini-centre) › lng, lat: position [120.1, 28.4] lies 9.79 km outside its county 莲都区 (331102), in 缙云县 (331122); expected inside it, within 200 m',
    ]);
  });

  it('leaves out places that anchor only enclaves', () => {
    const fixture = loadInvalidGeodata('place-county');
    const records = fixture.files['records/mini.json'] as {
      places: { countyCode: string; lng: number }[];
    };
    // place-mini-hangzhou anchors only mini-enclave: a county code of the county that runs it is allowed.
    records.places[0]!.lng = 119.9;
    records.places[1]!.countyCode = '331102';
    expect(validationMessages(fixture)).toEqual([]);
  });
});
