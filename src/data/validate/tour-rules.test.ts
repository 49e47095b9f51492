import { describe, expect, it } from 'vitest';
import {
  loadInvalidGeodata,
  loadMiniGeodata,
  validationMessages,
} from '../../../tests/fixtures/load-fixture';

const messagesFor = (rule: string) => validationMessages(loadInvalidGeodata(rule));

describe('tour rules', () => {
  it('accepts a tour whose ids all exist', () => {
    const fixture = loadMiniGeodata();
    const broken = loadInvalidGeodata('tour-reference').files['tours/mini-tour.json'] as {
      steps: Array<Record<string, unknown>>;
    };
    broken.steps[0] = {
      ...broken.steps[0],
      camera: { center: [119.9, 28.4], zoom: 9, bearing: 0, pitch: 0 },
      layers: ['liandu-areas', 'counties'],
      filter: { kind: 'county', id: '331102' },
      figures: ['tgt-mini-output'],
    };
    fixture.files['tours/mini-tour.json'] = broken;
    expect(validationMessages(fixture)).toEqual([]);
  });

  it('reports every reference a step makes that does not resolve', () => {
    expect(messagesFor('tour-reference')).toEqual([
      'tours/mini-tour.json › steps[0] › camera.fit[0]: "mini-nowhere" is not a feature id; expected a plan feature id or county-<code>',
      'tours/mini-tour.json › steps[0] › layers[1]: "liandu-nowhere" is not a thematic layer id; expected one of liandu-areas, liandu-sites, xianju-sites, enclave-sites, counties, neighbours',
      'tours/mini-tour.json › steps[0] › filter.id: "ind-nowhere" is not an industry id',
      'tours/mini-tour.json › steps[0] › figures[0]: "tgt-nowhere" is not a target id',
    ]);
  });

  it('checks the chain a step opens beside the map, and its link', () => {
    const fixture = loadMiniGeodata();
    const tour = loadInvalidGeodata('tour-reference').files['tours/mini-tour.json'] as {
      steps: Array<Record<string, unknown>>;
    };
    const step = {
      ...tour.steps[0],
      camera: { center: [119.9, 28.4], zoom: 9, bearing: 0, pitch: 0 },
      layers: ['counties'],
      filter: null,
      figures: [],
    };
    tour.steps = [
      { ...step, chain: { industryId: 'ind-mini-semi', linkId: 'link-mini-semi' } },
      { ...step, chain: { industryId: 'ind-mini-semi', linkId: 'link-nowhere' } },
      { ...step, chain: { industryId: 'ind-nowhere' } },
    ];
    fixture.files['tours/mini-tour.json'] = tour;
    expect(validationMessages(fixture)).toEqual([
      'tours/mini-tour.json › steps[1] › chain.linkId: "link-nowhere" is not a link of the ind-mini-semi chain',
      'tours/mini-tour.json › steps[2] › chain.industryId: "ind-nowhere" is not an industry with a chain',
    ]);
  });

  it('reports a camera outside the map bounds', () => {
    expect(messagesFor('tour-bounds')).toEqual([
      'tours/mini-tour.json › steps[0] › camera.center: [150, 10] is outside the map bounds; expected longitude 98–134 and latitude 16–44',
    ]);
  });

  it('reports a step without a caption', () => {
    expect(messagesFor('tour-schema')).toEqual([
      'tours/mini-tour.json › steps[0] › caption: Invalid input: expected object, received undefined',
    ]);
  });
});
