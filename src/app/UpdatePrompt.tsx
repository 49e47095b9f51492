import { useEffect, useReducer, useSyncExternalStore } from 'react';
import { useT } from '@/i18n/use-t';
import { useAppStore } from '@/state/store-context';
import {
  reloadIntoWaitingVersion,
  subscribeToWaitingVersions,
  waitingVersionCount,
} from './service-worker';
import { isUpdateOffered, NO_UPDATE, updateOfferReducer } from './update-offer';

/** "Update available" with a reload button, held back while a tour plays. */
export function UpdatePrompt() {
  const t = useT();
  const isTourPlaying = useAppStore((state) => state.activeTour !== null);
  const waitingCount = useSyncExternalStore(subscribeToWaitingVersions, waitingVersionCount);
  const [offer, dispatch] = useReducer(updateOfferReducer, NO_UPDATE);
  useEffect(() => {
    if (waitingCount > 0) dispatch({ type: 'waiting' });
  }, [waitingCount]);

  if (!isUpdateOffered(offer, isTourPlaying)) return null;
  return (
    <div className="update-offer" role="status" data-testid="update-offer">
      <span>{t('app.updateAvailable')}</span>
      <button
        type="button"
        className="button"
        data-testid="update-reload"
        onClick={() => void reloadIntoWaitingVersion()}
      >
        {t('app.updateReload')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="update-later"
        onClick={() => dispatch({ type: 'dismiss' })}
      >
        {t('app.updateLater')}
      </button>
    </div>
  );
}
