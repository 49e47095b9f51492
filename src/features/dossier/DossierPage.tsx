/**
 * One site's dossier: a single A4 page (head, map and figures, lists,
 * sources) that shortens its lists until it fits the sheet.
 */
import { useMemo, useRef } from 'react';
import { useAppData, useAppStore } from '@/state/store-context';
import { translate, type Translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import { localName } from '@/lib/names';
import { appBase, siteDeepLink } from '@/data/sites/deep-link';
import { dataAsOf, type SiteSummary } from '@/data/sites/site-model';
import { dossierLists, dossierSourceGroups } from './dossier-lists';
import { useFitLevel } from './use-fit-level';
import { DossierHeader } from './DossierHeader';
import { DossierOverview } from './DossierOverview';
import {
  EnterprisesSection,
  GapReasonsSection,
  IndustriesSection,
  ResponsibleSection,
  TargetsSection,
} from './DossierSections';
import { DossierSources } from './DossierSources';

export function DossierPage({ site, language }: { site: SiteSummary; language: Language }) {
  const data = useAppData();
  // The page is printed in the language it is given, not necessarily the app's.
  const t: Translate = (key, values) => translate(language, key, values);
  const pageRef = useRef<HTMLElement>(null);
  const { level, limits, fontsReady } = useFitLevel(pageRef, site, language);

  const deepLink = useMemo(
    () => siteDeepLink(appBase(window.location), site.id, language),
    [site.id, language],
  );
  const name = localName(site, language);
  const countyName = site.county ? localName(site.county.properties, language) : null;
  const lists = dossierLists(site, limits);
  const asOf = dataAsOf(data.documents);
  const gapReasons = useAppStore((state) => state.siteLists.gapReasons[site.id]);

  return (
    <article
      className="dossier-page"
      ref={pageRef}
      lang={language === 'zh' ? 'zh-CN' : 'en'}
      data-testid="dossier-page"
      data-site-id={site.id}
      data-fit-level={level}
      data-fitted={fontsReady}
      aria-label={t('dossier.pageLabel', { name })}
    >
      <DossierHeader site={site} name={name} deepLink={deepLink} language={language} t={t} />
      <DossierOverview site={site} countyName={countyName} language={language} t={t} />
      {gapReasons && (
        <GapReasonsSection reasons={gapReasons} data={data} language={language} t={t} />
      )}
      <IndustriesSection industries={lists.industries} language={language} t={t} />
      <TargetsSection
        targets={lists.targets}
        scope={site.targetsScope}
        countyName={countyName}
        language={language}
        t={t}
      />
      <EnterprisesSection
        title={t('dossier.enterprises')}
        testId="dossier-enterprises"
        enterprises={lists.enterprises}
        language={language}
      />
      {countyName && (
        <EnterprisesSection
          title={t('dossier.countyEnterprises', { county: countyName })}
          testId="dossier-county-enterprises"
          enterprises={lists.countyEnterprises}
          language={language}
        />
      )}
      <EnterprisesSection
        title={t('dossier.partners')}
        testId="dossier-partners"
        enterprises={lists.partners}
        language={language}
      />
      <ResponsibleSection units={lists.units} actions={lists.actions} language={language} t={t} />
      <DossierSources
        groups={dossierSourceGroups(site, lists)}
        lineLimit={limits.lines}
        language={language}
        t={t}
      />

      <footer className="dossier-foot">
        {asOf && <span data-testid="dossier-as-of">{t('dossier.asOf', { date: asOf })}</span>}
        {site.siteKind !== 'candidate' && (
          <span className="dossier-foot__link" data-testid="dossier-link">
            {deepLink}
          </span>
        )}
      </footer>
    </article>
  );
}
