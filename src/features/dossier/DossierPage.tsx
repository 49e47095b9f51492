import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAppData } from '@/state/store-context';
import { formatTargetValue } from '@/components/TargetList';
import { translate, type MessageKey } from '@/i18n';
import { formatArea, formatLength, formatNumber } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import { localName, localText, otherName } from '@/lib/names';
import { appBase, siteDeepLink } from '@/data/sites/deep-link';
import { groupSources } from '@/data/sites/dossier-sources';
import { QrCode } from '@/components/QrCode';
import { Section } from '@/components/Section';
import { SiteMap } from './SiteMap';
import { dataAsOf, keyTargets, truncateList, type SiteSummary } from '@/data/sites/site-model';
import { documentShortTitle } from '@/data/document-title';

/**
 * How much of each list fits. The page starts generous and steps down until
 * nothing overflows the A4 sheet (measured after layout), so long lists end
 * in "+N more" instead of being cut off.
 */
const FIT_LEVELS = [
  {
    industries: 14,
    targets: 8,
    enterprises: 16,
    countyEnterprises: 8,
    actions: 3,
    units: 10,
    lines: 14,
  },
  {
    industries: 12,
    targets: 7,
    enterprises: 12,
    countyEnterprises: 6,
    actions: 2,
    units: 8,
    lines: 10,
  },
  {
    industries: 10,
    targets: 6,
    enterprises: 10,
    countyEnterprises: 4,
    actions: 2,
    units: 6,
    lines: 8,
  },
  {
    industries: 8,
    targets: 5,
    enterprises: 8,
    countyEnterprises: 0,
    actions: 1,
    units: 6,
    lines: 6,
  },
  {
    industries: 6,
    targets: 4,
    enterprises: 6,
    countyEnterprises: 0,
    actions: 1,
    units: 4,
    lines: 4,
  },
  {
    industries: 4,
    targets: 3,
    enterprises: 4,
    countyEnterprises: 0,
    actions: 0,
    units: 0,
    lines: 3,
  },
] as const;

function More({ count, language }: { count: number; language: Language }) {
  if (count <= 0) return null;
  return <span className="dossier-more">{translate(language, 'dossier.more', { count })}</span>;
}

export function DossierPage({ site, language }: { site: SiteSummary; language: Language }) {
  const data = useAppData();
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translate(language, key, values);
  const pageRef = useRef<HTMLElement>(null);
  const [level, setLevel] = useState(0);
  const limits = FIT_LEVELS[level]!;

  // Fonts change line breaks: measure again from the most generous level once they are in.
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) setFontsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  useLayoutEffect(() => {
    if (fontsReady) setLevel(0);
  }, [fontsReady, site, language]);
  useLayoutEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    if (page.scrollHeight > page.clientHeight + 1 && level < FIT_LEVELS.length - 1)
      setLevel(level + 1);
  }, [level, site, language, fontsReady]);

  const deepLink = useMemo(
    () => siteDeepLink(appBase(window.location), site.id, language),
    [site.id, language],
  );
  const name = localName(site, language);
  // A candidate site has one name only: no second line repeating it.
  const secondary = site.nameEn === site.name ? null : otherName(site, language);
  const role = language === 'en' ? site.roleEn : site.role;
  const countyName = site.county ? localName(site.county.properties, language) : null;
  const industries = truncateList(site.industries, limits.industries);
  const targets = truncateList(keyTargets(site.targets), limits.targets);
  const enterprises = truncateList(site.enterprises, limits.enterprises);
  const countyEnterprises = truncateList(site.countyEnterprises, limits.countyEnterprises);
  const actions = truncateList(site.actions, limits.actions);
  const sourceGroups = groupSources([
    ...site.sources,
    ...targets.shown.flatMap((target) => target.sources),
    ...enterprises.shown.flatMap((enterprise) => enterprise.sources),
    ...countyEnterprises.shown.flatMap((enterprise) => enterprise.sources),
    ...actions.shown.flatMap((action) => action.sources),
  ]);
  const asOf = dataAsOf(data.documents);
  const kindLabel =
    site.kind === 'county'
      ? t('detail.kind.county')
      : t(`detail.kind.${site.siteKind}` as MessageKey);
  const systemLabel = site.system ? t(`detail.system.${site.system}` as MessageKey) : null;
  const measure = site.measure;

  const facts: Array<{ label: string; value: string; testId: string }> = [];
  if (countyName && site.kind === 'feature')
    facts.push({ label: t('dossier.county'), value: countyName, testId: 'dossier-county' });
  if (site.hostCity)
    facts.push({ label: t('dossier.hostCity'), value: site.hostCity, testId: 'dossier-host' });
  if (site.parent)
    facts.push({
      label: t('dossier.parent'),
      value: localName(site.parent, language),
      testId: 'dossier-parent',
    });
  if (measure?.kind === 'area')
    facts.push({
      label: site.schematic ? t('dossier.areaSchematic') : t('dossier.area'),
      value: formatArea(measure.km2, language),
      testId: 'dossier-area',
    });
  if (measure?.kind === 'length')
    facts.push({
      label: t('dossier.lengthSchematic'),
      value: formatLength(measure.km, language),
      testId: 'dossier-length',
    });
  if (site.statedAreaHa !== null)
    facts.push({
      label: t('dossier.statedArea'),
      value: `${formatNumber(site.statedAreaHa, language, 1)} ${language === 'zh' ? '公顷' : 'ha'}`,
      testId: 'dossier-stated-area',
    });

  const units = [...new Set(actions.shown.flatMap((action) => action.responsibleUnits))];
  const shownUnits = truncateList(units, limits.units);

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
        {facts.length > 0 && (
          <dl className="dossier-facts" data-testid="dossier-facts">
            {facts.map((fact) => (
              <div key={fact.testId} className="dossier-facts__row" data-testid={fact.testId}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
            {site.schematic && (measure?.kind === 'area' || measure?.kind === 'length') && (
              <p className="dossier-note">
                {t(
                  site.siteKind === 'candidate' ? 'dossier.candidateNote' : 'dossier.schematicNote',
                )}
              </p>
            )}
          </dl>
        )}
      </div>

      {industries.shown.length > 0 && (
        <Section variant="dossier" title={t('dossier.industries')} testId="dossier-industries">
          <ul className="dossier-chips">
            {industries.shown.map((industry) => (
              <li key={industry.id}>{localName(industry, language)}</li>
            ))}
            {industries.more > 0 && (
              <li className="dossier-more">{t('dossier.more', { count: industries.more })}</li>
            )}
          </ul>
        </Section>
      )}

      {targets.shown.length > 0 && (
        <Section
          variant="dossier"
          title={
            site.targetsScope === 'county' && countyName
              ? t('dossier.targetsCounty', { county: countyName })
              : t('dossier.targets')
          }
          testId="dossier-targets"
        >
          <table className="dossier-targets">
            <tbody>
              {targets.shown.map((target) => (
                <tr key={target.id} data-testid="dossier-target">
                  <th scope="row">{localText(target.indicator, target.indicatorEn, language)}</th>
                  <td className="dossier-targets__value">{formatTargetValue(target, language)}</td>
                  <td className="dossier-targets__year">{target.year ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More count={targets.more} language={language} />
        </Section>
      )}

      {enterprises.shown.length > 0 && (
        <Section variant="dossier" title={t('dossier.enterprises')} testId="dossier-enterprises">
          <ul className="dossier-columns">
            {enterprises.shown.map((enterprise) => (
              <li key={enterprise.id}>{localName(enterprise, language)}</li>
            ))}
          </ul>
          <More count={enterprises.more} language={language} />
        </Section>
      )}

      {countyEnterprises.shown.length > 0 && countyName && (
        <Section
          variant="dossier"
          title={t('dossier.countyEnterprises', { county: countyName })}
          testId="dossier-county-enterprises"
        >
          <ul className="dossier-columns">
            {countyEnterprises.shown.map((enterprise) => (
              <li key={enterprise.id}>{localName(enterprise, language)}</li>
            ))}
          </ul>
          <More count={countyEnterprises.more} language={language} />
        </Section>
      )}

      {shownUnits.shown.length > 0 && (
        <Section variant="dossier" title={t('dossier.responsible')} testId="dossier-responsible">
          <p className="dossier-units">
            {shownUnits.shown.join(language === 'zh' ? '、' : ', ')}
            <More count={shownUnits.more} language={language} />
          </p>
          <p className="dossier-units__actions">
            {actions.shown.map((action) => localName(action, language)).join(' · ')}
            <More count={actions.more} language={language} />
          </p>
        </Section>
      )}

      {sourceGroups.length > 0 && (
        <Section variant="dossier" title={t('dossier.sources')} testId="dossier-sources">
          <ul className="dossier-sources">
            {sourceGroups.map((group) => {
              const lines = truncateList(group.lines, limits.lines);
              return (
                <li key={group.seed}>
                  <span className="dossier-sources__title">
                    {documentShortTitle(data, group.seed, language)}
                  </span>{' '}
                  {lines.shown
                    .map((line) => t('dossier.sourceLine', { line }))
                    .join(language === 'zh' ? '、' : ', ')}
                  <More count={lines.more} language={language} />
                </li>
              );
            })}
          </ul>
        </Section>
      )}

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
