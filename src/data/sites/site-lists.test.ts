import { describe, expect, it } from 'vitest';
import { MAX_SHORTLIST } from './print-route';
import {
  addGapReason,
  parseGapReasons,
  parseShortlist,
  serializeGapReasons,
  serializeShortlist,
} from './site-lists';

const known = () => true;

describe('the stored shortlist', () => {
  it('reads back what it wrote, keeping only ids the data knows', () => {
    const raw = serializeShortlist(['liandu-core-bihu', 'county-331102', 'gone-site']);
    expect(parseShortlist(raw, (id) => id !== 'gone-site')).toEqual([
      'liandu-core-bihu',
      'county-331102',
    ]);
  });

  it('drops repeated ids', () => {
    const raw = JSON.stringify({ version: 1, ids: ['a-site', 'a-site'] });
    expect(parseShortlist(raw, known)).toEqual(['a-site']);
  });

  it.each([
    ['nothing stored', null],
    ['broken JSON', '{'],
    ['another version', JSON.stringify({ version: 2, ids: ['a-site'] })],
    ['an unknown field', JSON.stringify({ version: 1, ids: ['a-site'], extra: true })],
    ['ids that are not a list', JSON.stringify({ version: 1, ids: 'a-site' })],
    ['an id that is not text', JSON.stringify({ version: 1, ids: [42] })],
    ['an id with markup', JSON.stringify({ version: 1, ids: ['<b>x</b>'] })],
    [
      'more ids than a shortlist holds',
      JSON.stringify({
        version: 1,
        ids: Array.from({ length: MAX_SHORTLIST + 1 }, (_, i) => `s${i}`),
      }),
    ],
  ])('falls back to an empty list on %s', (_, raw) => {
    expect(parseShortlist(raw, known)).toEqual([]);
  });
});

describe('gap reasons of the shortlist', () => {
  it('round-trips, keeps one reason per link and drops what is malformed', () => {
    const one = addGapReason({}, 'liandu-park-gaoxi', {
      industryId: 'ind-city-semiconductor',
      linkId: 'link-city-semi-wafer',
    });
    const same = addGapReason(one, 'liandu-park-gaoxi', {
      industryId: 'ind-city-semiconductor',
      linkId: 'link-city-semi-wafer',
    });
    expect(same).toBe(one);
    expect(parseGapReasons(serializeGapReasons(one))).toEqual(one);
    expect(
      parseGapReasons('{"version":1,"reasons":{"BAD ID":[],"ok-site":[{"linkId":3}]}}'),
    ).toEqual({});
    expect(parseGapReasons('not json')).toEqual({});
  });

  it('leaves the stored shortlist format as it was', () => {
    expect(JSON.parse(serializeShortlist(['a-site']))).toEqual({ version: 1, ids: ['a-site'] });
  });
});
