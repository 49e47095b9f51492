import { describe, expect, it } from 'vitest';
import {
  loadInvalidGeodata,
  loadMiniGeodata,
  validationMessages,
} from '../../../tests/fixtures/load-fixture';

const messagesFor = (rule: string) => validationMessages(loadInvalidGeodata(rule));

describe('chain rules', () => {
  it('accepts the mini chain', () => {
    expect(validationMessages(loadMiniGeodata())).toEqual([]);
  });

  it('reports a link’s firm, platform or county that does not exist', () => {
    expect(messagesFor('chain-reference')).toEqual([
      'records/mini.json › chains[0] (chain-mini-semi) › stages[0].links[0].enterpriseIds[0]: "ent-mini-nowhere" is not an enterprise; expected the id of one in geodata/',
      'records/mini.json › chains[0] (chain-mini-semi) › stages[0].links[0].platformIds[0]: "mini-nowhere" is not a feature; expected the id of one in geodata/',
      'records/mini.json › chains[0] (chain-mini-semi) › stages[0].links[0].countyCodes[0]: "331199" is not a Lishui county code; expected the id of one in geodata/',
    ]);
  });

  it('reports a second chain for one industry and a link id used twice', () => {
    expect(messagesFor('chain-industry')).toEqual([
      'records/mini.json › chains[1] (chain-mini-semi-again) › industryId: industry "ind-mini-semi" already has chain chain-mini-semi; expected one chain per industry',
      'records/mini.json › chains[1] (chain-mini-semi-again) › stages[0].links[0].id: "link-mini-semi" is already used by records/mini.json › chains[0] (chain-mini-semi) › stages[0].links[0].id; expected ids unique across geodata/',
    ]);
  });

  it('reports a link cited at a line that holds neither its name nor its firms', () => {
    expect(messagesFor('chain-citation')).toEqual([
      'records/mini.json › chains[0] (chain-mini-semi) › stages[0].links[0].name: "迷你半导体" occurs in none of the cited lines (000_dd22fc84a3e54e50.txt:12); expected it in at least one',
    ]);
  });
});
