import { QrCode } from '@/components/QrCode';
import type { MessageKey, Translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import { otherName } from '@/lib/names';
import type { SiteSummary } from '@/data/sites/site-model';

/** The page's head: what kind of site, its names and role, and a QR code back to the map. */
export function DossierHeader({
  site,
  name,
  deepLink,
  language,
  t,
}: {
  site: SiteSummary;
  name: string;
  deepLink: string;
  language: Language;
  t: Translate;
}) {
  // A candidate site has one name only: no second line repeating it.
  const secondary = site.nameEn === site.name ? null : otherName(site, language);
  const role = language === 'en' ? site.roleEn : site.role;
  const kindLabel =
    site.kind === 'county'
      ? t('detail.kind.county')
      : t(`detail.kind.${site.siteKind}` as MessageKey);
  const systemLabel = site.system ? t(`detail.system.${site.system}` as MessageKey) : null;
  return (
    <header className="dossier-head">
      <div className="dossier-head__titles">
        <p className="dossier-head__eyebrow">
          {[t('dossier.docTitle'), kindLabel, systemLabel].filter(Boolean).join(' · ')}
        </p>
        <h1 className="dossier-head__name" data-testid="dossier-name">
          {name}
        </h1>
        {secondary && (
          <p
            className="dossier-head__other"
            lang={language === 'en' ? 'zh-CN' : 'en'}
            data-testid="dossier-other-name"
          >
            {secondary}
          </p>
        )}
        {role && (
          <p className="dossier-head__role" data-testid="dossier-role">
            <strong>{t('dossier.role')}</strong> {role}
          </p>
        )}
      </div>
      {/* A candidate site exists only in the planner's browser: a QR code could not open it. */}
      {site.siteKind !== 'candidate' && (
        <figure className="dossier-qr">
          <QrCode
            text={deepLink}
            label={t('qr.alt', { name })}
            sizeCss="32mm"
            testId="dossier-qr"
          />
          <figcaption>{t('dossier.qrCaption')}</figcaption>
        </figure>
      )}
    </header>
  );
}
