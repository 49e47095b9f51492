import { useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { appBase } from '@/data/sites/deep-link';
import { printRouteLink } from '@/data/sites/print-route';

/** "Dossier" (opens the print page in a new tab) and "add to / remove from compare" for a site. */
export function DossierCompareButtons({
  siteId,
  testIds,
}: {
  siteId: string;
  testIds: { dossier: string; compare: string };
}) {
  const store = useAppStoreApi();
  const t = useT();
  const language = useAppStore((state) => state.language);
  const inCompare = useAppStore((state) => state.siteLists.compareIds.includes(siteId));
  return (
    <>
      <a
        className="button"
        href={printRouteLink(appBase(window.location), 'dossier', [siteId], language)}
        target="_blank"
        rel="noopener"
        aria-label={t('dossier.openLabel')}
        data-testid={testIds.dossier}
      >
        {t('dossier.open')}
      </a>
      <button
        type="button"
        className="button"
        aria-pressed={inCompare}
        data-testid={testIds.compare}
        onClick={() => store.getState().siteLists.toggleCompare(siteId)}
      >
        {inCompare ? t('compare.remove') : t('compare.add')}
      </button>
    </>
  );
}
