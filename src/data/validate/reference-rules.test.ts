import { describe, expect, it } from 'vitest';
import {
  loadInvalidGeodata,
  loadMiniGeodata,
  validationMessages,
} from '../../../tests/fixtures/load-fixture';

const messagesFor = (rule: string) => validationMessages(loadInvalidGeodata(rule));

describe('reference rules', () => {
  it('reports a reference to a missing feature', () => {
    expect(messagesFor('unknown-reference')).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › properties.parentId: "mini-nowhere" is not a feature id; expected the id of a feature in layers/*.geojson',
    ]);
  });

  it('reports an id used twice across files', () => {
    expect(messagesFor('duplicate-id')).toEqual([
      'records/mini.json › defects[0] (mini-zone) › id: "mini-zone" is already used by layers/mini.geojson › feature 0 (mini-zone); expected ids unique across geodata/',
    ]);
  });

  it('reports one enterprise recorded twice', () => {
    expect(messagesFor('duplicate-enterprise')).toContain(
      'records/mini.json › enterprises[1] (ent-mini-benchmark) › name: "迷你企业" is also ent-mini-local (records/mini.json); expected one record per enterprise, with the sources of every document that names it',
    );
  });

  it('reports one enterprise recorded under two spellings, by alias', () => {
    expect(messagesFor('duplicate-enterprise-alias')).toContain(
      'records/mini.json › enterprises[1] (ent-mini-benchmark) › name: "迷你企业" is also ent-mini-local (records/mini.json); expected one record per enterprise, with the sources of every document that names it',
    );
  });

  it('reports two enterprises with the same English name', () => {
    const fixture = loadMiniGeodata();
    const records = fixture.files['records/mini.json'] as {
      enterprises: Array<Record<string, unknown>>;
    };
    records.enterprises[0]!.nameEn = 'Mini Group';
    records.enterprises[1]!.nameEn = 'mini group';
    expect(validationMessages(fixture)).toContain(
      'records/mini.json › enterprises[1] (ent-mini-benchmark) › name: English name "mini group" is also ent-mini-local (records/mini.json); expected one record per enterprise, with the sources of every document that names it',
    );
  });

  it('reports a conflict group with a single target', () => {
    expect(messagesFor('conflict-group')).toEqual([
      'records/mini.json › targets[0] (tgt-mini-output) › conflictGroup: "cg-mini-output" has only this target; expected at least 2 targets in a conflict group',
    ]);
  });

  it('reports an inferred feature without a note', () => {
    expect(messagesFor('inference-note')).toEqual([
      'layers/mini.geojson › feature 1 (mini-block) › properties.inferenceNote: missing; expected a note saying why the feature is inferred',
    ]);
  });

  it('reports a text shown in one language without its translation', () => {
    expect(messagesFor('bilingual-text')).toEqual([
      'layers/mini.geojson › feature 0 (mini-zone) › properties.geometryMethodZh: missing; expected the Chinese of geometryMethod ("hand-made test shape"), shown in Chinese mode',
      'layers/mini.geojson › feature 2 (mini-enclave) › properties.hostCityEn: missing; expected the English of hostCity ("杭州"), shown in English mode',
      'records/mini.json › enterprises[1] (ent-mini-benchmark) › locationEn: missing; expected the English of location ("深圳"), shown in English mode',
      'records/mini.json › targets[2] (tgt-mini-double) › valueTextEn: missing; expected the English of valueText ("翻一番"), shown in English mode',
    ]);
  });

  it('reports an enterprise linked to nothing', () => {
    expect(messagesFor('orphan')).toEqual([
      'records/mini.json › enterprises[1] (ent-mini-benchmark): enterprise has no industryIds, featureId or countyCode; expected at least one',
    ]);
  });

  it('reports a target scope that does not resolve', () => {
    expect(messagesFor('target-scope')).toEqual([
      'records/mini.json › targets[1] (tgt-mini-output-alt) › scope.id: county scope "339999" does not resolve: it is not a county code in boundaries/; expected a code in boundaries/lishui-counties.geojson or neighbour-counties.geojson',
    ]);
  });

  it('reports a benchmark firm on a site inside Lishui', () => {
    expect(messagesFor('benchmark-in-lishui')).toEqual([
      'records/mini.json › enterprises[1] (ent-mini-benchmark) › featureId: benchmark enterprise points at "mini-zone", a site inside Lishui; expected a local enterprise, or no featureId',
    ]);
  });

  it('reports firm roles that leave out the kind', () => {
    expect(messagesFor('enterprise-roles')).toEqual([
      'records/mini.json › enterprises[1] (ent-mini-benchmark) › roles: [local, partner] with kind "benchmark"; expected distinct roles that include the kind',
    ]);
  });

  it('reports a planned presence without a note', () => {
    expect(messagesFor('enterprise-presence')).toEqual([
      'records/mini.json › enterprises[0] (ent-mini-local) › presenceNote: missing; expected a note saying why the presence is planned',
    ]);
  });

  it('reports a null target value without words', () => {
    expect(messagesFor('target-value')).toEqual([
      'records/mini.json › targets[2] (tgt-mini-double) › valueText: value is null and valueText is missing; expected the target as written in the plan',
    ]);
  });
});
