import { describe, expect, it } from 'vitest';
import { rankHits } from './hit-ranking';

const plan = (id: string, kind?: string) => ({ id, role: 'plan', kind });

describe('rankHits', () => {
  it('puts the innermost plan kind first, then counties, then everything else', () => {
    const hits = [
      { id: 'neighbour', role: 'neighbour' },
      { id: 'county', role: 'county' },
      plan('other-kind', 'park'),
      plan('town', 'town'),
      plan('zone', 'zone'),
      plan('block', 'block'),
      plan('corridor', 'corridor'),
      plan('platform', 'platform'),
    ];
    expect(rankHits(hits)).toEqual([
      'platform',
      'corridor',
      'block',
      'zone',
      'town',
      'other-kind',
      'county',
      'neighbour',
    ]);
  });

  it('ranks platforms, centres and enclaves alike, so the topmost of them wins', () => {
    expect(
      rankHits([
        plan('enclave', 'enclave'),
        plan('platform', 'platform'),
        plan('centre', 'centre'),
      ]),
    ).toEqual(['enclave', 'platform', 'centre']);
    expect(
      rankHits([
        plan('centre', 'centre'),
        plan('enclave', 'enclave'),
        plan('platform', 'platform'),
      ]),
    ).toEqual(['centre', 'enclave', 'platform']);
  });

  it('ranks a plan feature without a kind with unknown kinds: after towns, before counties', () => {
    expect(
      rankHits([{ id: 'county', role: 'county' }, plan('no-kind'), plan('town', 'town')]),
    ).toEqual(['town', 'no-kind', 'county']);
  });

  it('ignores the kind of anything that is not a plan feature', () => {
    expect(
      rankHits([{ id: 'county', role: 'county', kind: 'platform' }, plan('zone', 'zone')]),
    ).toEqual(['zone', 'county']);
  });

  it('puts features without a role (the user’s own) after counties, in hit order with neighbours', () => {
    expect(
      rankHits([
        { id: 'user-feature', color: '#f00', label: 'mine' },
        { id: 'neighbour', role: 'neighbour' },
        { id: 'county', role: 'county' },
        { id: 'outline', role: 'outline' },
      ]),
    ).toEqual(['county', 'user-feature', 'neighbour', 'outline']);
  });

  it('drops hits without a string id and keeps the first place of a repeated id', () => {
    expect(
      rankHits([
        { role: 'plan', kind: 'platform' },
        { id: 7, role: 'plan', kind: 'platform' },
        { id: 'zone-a', role: 'plan', kind: 'zone' },
        { id: 'county', role: 'county' },
        { id: 'zone-b', role: 'plan', kind: 'zone' },
        { id: 'zone-a', role: 'plan', kind: 'zone' },
      ]),
    ).toEqual(['zone-a', 'zone-b', 'county']);
  });

  it('gives no ids when nothing was hit', () => {
    expect(rankHits([])).toEqual([]);
  });
});
