import { describe, expect, it } from 'vitest';
import { isUpdateOffered, NO_UPDATE, updateOfferReducer } from './update-offer';

describe('offering a new deployment', () => {
  it('offers nothing while no new version waits', () => {
    expect(isUpdateOffered(NO_UPDATE, false)).toBe(false);
    expect(updateOfferReducer(NO_UPDATE, { type: 'dismiss' })).toEqual(NO_UPDATE);
  });

  it('offers a waiting version when no tour plays', () => {
    const waiting = updateOfferReducer(NO_UPDATE, { type: 'waiting' });
    expect(isUpdateOffered(waiting, false)).toBe(true);
  });

  it('defers the offer while a tour plays and shows it once the tour ends', () => {
    const waiting = updateOfferReducer(NO_UPDATE, { type: 'waiting' });
    expect(isUpdateOffered(waiting, true)).toBe(false);
    expect(isUpdateOffered(waiting, false)).toBe(true);
  });

  it('keeps a dismissed offer hidden after a tour, until another version waits', () => {
    const dismissed = updateOfferReducer(updateOfferReducer(NO_UPDATE, { type: 'waiting' }), {
      type: 'dismiss',
    });
    expect(isUpdateOffered(dismissed, false)).toBe(false);
    expect(isUpdateOffered(dismissed, true)).toBe(false);
    const next = updateOfferReducer(dismissed, { type: 'waiting' });
    expect(isUpdateOffered(next, false)).toBe(true);
  });
});
