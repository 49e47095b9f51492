import { describe, expect, it } from 'vitest';
import { tourSchema, type Tour } from '@/data/tour-schema';
import { checkTour } from '@/data/validate/tour-rules';
import { miniData } from '../../../tests/fixtures/mini-data';
import {
  captureStep,
  clampStep,
  clickerCommand,
  moveStep,
  resolveStep,
  stepAfter,
  tourContextFromAppData,
} from './step-resolution';

const LAYERS = ['liandu-areas', 'liandu-sites', 'jinyun-areas', 'counties', 'neighbours'];

const tour: Tour = tourSchema.parse({
  id: 'mini',
  title: { zh: '迷你', en: 'Mini' },
  steps: [
    {
      camera: { fit: ['liandu-core-bihu'] },
      layers: ['liandu-areas', 'counties'],
      highlight: ['liandu-core-bihu'],
      caption: { zh: '一', en: 'One' },
      notes: { zh: '一', en: 'One' },
    },
    {
      camera: { center: [120.1, 28.5], zoom: 10 },
      layers: ['jinyun-areas'],
      filter: { kind: 'industry', id: 'ind-city-semiconductor' },
      highlight: ['liandu-park-gaoxi'],
      caption: { zh: '二', en: 'Two' },
      notes: { zh: '二', en: 'Two' },
    },
    {
      camera: { fit: ['county-331122'] },
      layers: ['counties'],
      caption: { zh: '三', en: 'Three' },
      notes: { zh: '三', en: 'Three' },
    },
  ],
});

describe('tour schema', () => {
  it('fills defaults for bearing, pitch, highlight, filter and figures', () => {
    const view = tour.steps[1]!.camera;
    expect(view).toEqual({ center: [120.1, 28.5], zoom: 10, bearing: 0, pitch: 0 });
    expect(tour.steps[2]).toMatchObject({ highlight: [], filter: null, figures: [] });
  });

  it('rejects a tour without steps and a step with a malformed caption', () => {
    expect(tourSchema.safeParse({ ...tour, steps: [] }).success).toBe(false);
    expect(
      tourSchema.safeParse({ ...tour, steps: [{ ...tour.steps[0], caption: { zh: '' } }] }).success,
    ).toBe(false);
  });
});

describe('resolveStep', () => {
  const data = miniData();

  it('shows only the step layers and frames a single highlighted feature, selecting it', () => {
    const resolved = resolveStep(tour, 1, data, LAYERS);
    expect(resolved.hiddenLayers).toEqual(['liandu-sites', 'jinyun-areas', 'neighbours']);
    expect(resolved.selectedId).toBe('liandu-core-bihu');
    expect(resolved.activeIds).toEqual(new Set(['liandu-core-bihu']));
    expect(resolved.camera?.kind).toBe('fit');
  });

  it('keeps the filtered features and the highlighted ones at full strength', () => {
    const resolved = resolveStep(tour, 2, data, LAYERS);
    expect(resolved.filter).toEqual({ kind: 'industry', id: 'ind-city-semiconductor' });
    expect(resolved.activeIds?.has('liandu-park-gaoxi')).toBe(true);
    expect(resolved.activeIds?.has('county-331122')).toBe(true);
    expect(resolved.camera).toEqual({
      kind: 'view',
      camera: { center: [120.1, 28.5], zoom: 10, bearing: 0, pitch: 0 },
    });
  });

  it('dims nothing when a step has no highlight or filter, and clamps the step number', () => {
    const resolved = resolveStep(tour, 99, data, LAYERS);
    expect(resolved.number).toBe(3);
    expect(resolved.activeIds).toBeNull();
    expect(resolved.selectedId).toBeNull();
    expect(clampStep(tour, 0)).toBe(1);
  });
});

describe('clicker navigation', () => {
  it('maps the keys clickers send', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(clickerCommand)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(clickerCommand)).toEqual(['previous', 'previous']);
    expect(['Home', 'End', 'b', '.', 'Escape', 'x'].map(clickerCommand)).toEqual([
      'first',
      'last',
      'black',
      'black',
      'exit',
      null,
    ]);
  });

  it('moves within the tour and returns to the current step when off script', () => {
    expect(stepAfter(tour, 1, 'next', false)).toBe(2);
    expect(stepAfter(tour, 3, 'next', false)).toBe(3);
    expect(stepAfter(tour, 1, 'previous', false)).toBe(1);
    expect(stepAfter(tour, 2, 'next', true)).toBe(2);
    expect(stepAfter(tour, 2, 'previous', true)).toBe(2);
    expect(stepAfter(tour, 2, 'last', true)).toBe(3);
    expect(stepAfter(tour, 2, 'first', false)).toBe(1);
  });
});

describe('making a tour', () => {
  const data = miniData();

  it('captures the current view as a step that passes the tour rules', () => {
    const step = captureStep(
      {
        camera: { center: [119.812345678, 28.3], zoom: 10.123, bearing: 0, pitch: 0 },
        hiddenLayers: ['neighbours', 'jinyun-areas'],
        filter: { kind: 'county', id: '331102' },
        selectedId: 'liandu-core-bihu',
      },
      LAYERS,
      { zh: '我的一步', en: 'My step' },
    );
    expect(step.layers).toEqual(['liandu-areas', 'liandu-sites', 'counties']);
    expect(step.camera).toEqual({ center: [119.81235, 28.3], zoom: 10.12, bearing: 0, pitch: 0 });
    const made = { id: 'my-tour', title: { zh: '我的', en: 'Mine' }, steps: [step] };
    const result = checkTour(made, tourContextFromAppData(data, LAYERS));
    expect(result.ok).toBe(true);
  });

  it('reorders steps without losing any', () => {
    const moved = moveStep(tour, 2, 0);
    expect(moved.steps.map((step) => step.caption.en)).toEqual(['Three', 'One', 'Two']);
    expect(moveStep(tour, 0, 5)).toBe(tour);
  });
});
