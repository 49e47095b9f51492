import { describe, expect, it } from 'vitest';
import { findRingCrossing, segmentCrossing } from './self-intersection';

const budget = () => ({ comparisons: 1e9 });

describe('findRingCrossing', () => {
  it('finds where a bow-tie crosses itself', () => {
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(findRingCrossing([bowtie], budget())).toEqual({ ok: true, crossing: [0.5, 0.5] });
  });

  it('finds a hole crossing its exterior ring', () => {
    const exterior = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [1, 5],
      [2, 5],
      [2, 1],
      [1, 1],
    ];
    expect(
      findRingCrossing([exterior, hole], budget()).ok &&
        findRingCrossing([exterior, hole], budget()),
    ).toMatchObject({ crossing: [1, 4] });
  });

  it('accepts a hole that touches its exterior at one vertex', () => {
    const exterior = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [0, 0],
      [1, 2],
      [2, 1],
      [0, 0],
    ];
    expect(findRingCrossing([exterior, hole], budget())).toEqual({ ok: true, crossing: null });
  });

  it('reports a collinear overlap as a crossing but not segments meeting end to end', () => {
    expect(segmentCrossing([0, 0], [2, 0], [1, 0], [3, 0])).toEqual([1, 0]);
    expect(segmentCrossing([0, 0], [1, 0], [1, 0], [1, 1])).toBeNull();
  });

  it('gives up as too complex past its comparison budget', () => {
    const ring = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(findRingCrossing([ring], { comparisons: 0 })).toEqual({
      ok: false,
      reason: 'too-complex',
    });
  });
});
