import { useEffect, useMemo, useRef, useState } from 'react';
import { openingSearch } from '@/lib/opening-address';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Enterprise } from '@/data/schema';
import { localName } from '@/lib/names';
import { appBase, enterpriseDeepLink, firmFromSearch, siteDeepLink } from '@/data/sites/deep-link';
import { DossierCompareButtons } from './DossierCompareButtons';
import { QrBlock } from './QrCode';
import { siteSummary } from '@/data/sites/site-model';
import './site-actions.css';

/**
 * Dossier, compare and shortlist buttons, the site's QR code and one QR code
 * per enterprise ("一企一码"), shown at the top of the detail panel.
 */
export function SiteActions({ siteId }: { siteId: string }) {
  const store = useAppStoreApi();
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const inShortlist = useAppStore((state) => state.siteLists.shortlistIds.includes(siteId));
  const site = useMemo(() => siteSummary(data, siteId), [data, siteId]);
  const [firm, setFirm] = useState(() => firmFromSearch(openingSearch(), data));
  const enterprises = useMemo(
    () => (site ? [...site.enterprises, ...site.countyEnterprises] : []),
    [site],
  );
  const highlighted =
    firm && enterprises.some((enterprise) => enterprise.id === firm) ? firm : null;
  useEffect(() => {
    // The firm link applies to the site it opened; moving on clears it.
    if (firm && !highlighted) setFirm(null);
  }, [firm, highlighted]);
  const [isQrOpen, setQrOpen] = useState(false);
  if (!site) return null;
  const base = appBase(window.location);
  const deepLink = siteDeepLink(base, siteId, language);
  const name = localName(site, language);
  return (
    <div className="site-actions" data-testid="site-actions">
      <div className="site-actions__buttons">
        <DossierCompareButtons
          siteId={siteId}
          testIds={{ dossier: 'dossier-open', compare: 'compare-toggle' }}
        />
        <button
          type="button"
          className="button"
          aria-pressed={inShortlist}
          data-testid="shortlist-toggle"
          onClick={() => store.getState().siteLists.toggleShortlist(siteId)}
        >
          {inShortlist ? t('shortlist.remove') : t('shortlist.add')}
        </button>
      </div>
      <details
        className="site-actions__qr"
        data-testid="site-qr"
        onToggle={(event) => setQrOpen(event.currentTarget.open)}
      >
        <summary>{t('qr.title')}</summary>
        {isQrOpen && (
          <QrBlock
            text={deepLink}
            label={t('qr.alt', { name })}
            sizeCss="132px"
            testId="site-qr-code"
            fileId={siteId}
            hint={t('qr.hint')}
          />
        )}
      </details>
      {enterprises.length > 0 && (
        <details
          className="site-actions__firms"
          open={highlighted !== null}
          data-testid="enterprise-codes"
        >
          <summary>{t('qr.enterpriseCodes', { count: enterprises.length })}</summary>
          <ul className="site-actions__firm-list">
            {enterprises.map((enterprise) => (
              <EnterpriseCode
                key={enterprise.id}
                enterprise={enterprise}
                highlighted={enterprise.id === highlighted}
              />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function EnterpriseCode({
  enterprise,
  highlighted,
}: {
  enterprise: Enterprise;
  highlighted: boolean;
}) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const [open, setOpen] = useState(highlighted);
  const itemRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (highlighted) itemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);
  const link = enterpriseDeepLink(appBase(window.location), data, enterprise, language);
  if (!link) return null;
  const name = localName(enterprise, language);
  return (
    <li
      ref={itemRef}
      className={highlighted ? 'site-actions__firm is-highlighted' : 'site-actions__firm'}
      data-testid="enterprise-code"
      data-enterprise-id={enterprise.id}
    >
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {name}
      </button>
      {open && (
        <QrBlock
          text={link}
          label={t('qr.alt', { name })}
          sizeCss="112px"
          testId="enterprise-qr-code"
          fileId={enterprise.id}
        />
      )}
    </li>
  );
}
