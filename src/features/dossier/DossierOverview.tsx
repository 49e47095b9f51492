import type { Translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import type { SiteSummary } from '@/data/sites/site-model';
import { SiteMap } from './SiteMap';
import { dossierFacts } from './dossier-facts';

interface OverviewProps {
  site: SiteSummary;
  /** The site's county in the page's language, or null when it lies in none. */
  countyName: string | null;
  language: Language;
  t: Translate;
}

/** The map of the site in its county beside its key figures. */
export function DossierOverview({ site, countyName, language, t }: OverviewProps) {
  return (
    <div className="dossier-overview">
      <figure className="dossier-map">
        <SiteMap site={site} language={language} />
        <figcaption className="dossier-map__legend">
          <span className="dossier-swatch dossier-swatch--site" aria-hidden="true" />
          {t('dossier.mapLegendSite')}
          {site.kind === 'feature' && site.county && (
            <>
              <span className="dossier-swatch dossier-swatch--county" aria-hidden="true" />
              {t('dossier.mapLegendCounty')}
            </>
          )}
          <span className="dossier-swatch dossier-swatch--other" aria-hidden="true" />
          {t('dossier.mapLegendOther')}
        </figcaption>
      </figure>
      <DossierFacts site={site} countyName={countyName} language={language} t={t} />
    </div>
  );
}

function DossierFacts({ site, countyName, language, t }: OverviewProps) {
  const facts = dossierFacts(site, countyName, language, t);
  if (facts.length === 0) return null;
  const measured = site.measure?.kind === 'area' || site.measure?.kind === 'length';
  return (
    <div className="dossier-facts" data-testid="dossier-facts">
      <dl className="dossier-facts__list">
        {facts.map((fact) => (
          <div key={fact.testId} className="dossier-facts__row" data-testid={fact.testId}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {/* A drawn shape's size is indicative only: say so where the size is shown. */}
      {site.schematic && measured && (
        <p className="dossier-note">
          {t(site.siteKind === 'candidate' ? 'dossier.candidateNote' : 'dossier.schematicNote')}
        </p>
      )}
    </div>
  );
}
