/**
 * When to offer a new deployment. The service worker (registerType "prompt")
 * never takes over by itself: a waiting version is offered, and the offer
 * waits while a tour plays, so a reload never lands in the middle of a
 * briefing. Pure, so the rule is tested without a browser.
 */

export interface UpdateOfferState {
  /** A new version is installed and waits for the user. */
  isWaiting: boolean;
  /** The user chose "later" for the version now waiting. */
  isDismissed: boolean;
}

export type UpdateOfferEvent = { type: 'waiting' } | { type: 'dismiss' };

export const NO_UPDATE: UpdateOfferState = { isWaiting: false, isDismissed: false };

export function updateOfferReducer(
  state: UpdateOfferState,
  event: UpdateOfferEvent,
): UpdateOfferState {
  switch (event.type) {
    case 'waiting':
      // Every newly waiting version is offered again, even after a "later".
      return { isWaiting: true, isDismissed: false };
    case 'dismiss':
      return state.isWaiting ? { ...state, isDismissed: true } : state;
  }
}

/** Whether the offer shows now: a version waits, the user has not put it off, and no tour plays. */
export function isUpdateOffered(state: UpdateOfferState, isTourPlaying: boolean): boolean {
  return state.isWaiting && !state.isDismissed && !isTourPlaying;
}
