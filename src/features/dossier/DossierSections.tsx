/**
 * The list sections of a dossier page. Each is given its list already cut to
 * the page's fit level, and renders nothing when the list is empty.
 */
import { Section } from '@/components/Section';
import { formatTargetValue } from '@/components/TargetList';
import type { Action, AppData } from '@/data/model';
import type { GapReason } from '@/data/sites/site-lists';
import { chainView, findLink } from '@/data/chains/chain-model';
import type { Enterprise, Industry, Target } from '@/data/schema';
import type { SiteSummary } from '@/data/sites/site-model';
import type { Translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import { localName, localText } from '@/lib/names';
import type { ResponsibleUnit, ShownList } from './dossier-lists';
import { More } from './More';

export function IndustriesSection({
  industries,
  language,
  t,
}: {
  industries: ShownList<Industry>;
  language: Language;
  t: Translate;
}) {
  if (industries.shown.length === 0) return null;
  return (
    <Section variant="dossier" title={t('dossier.industries')} testId="dossier-industries">
      <ul className="dossier-chips">
        {industries.shown.map((industry) => (
          <li key={industry.id}>{localName(industry, language)}</li>
        ))}
        {/* Among the chips, "+N more" is a chip of its own. */}
        {industries.more > 0 && (
          <li className="dossier-more">{t('dossier.more', { count: industries.more })}</li>
        )}
      </ul>
    </Section>
  );
}

/** Key targets: the site's own, or (titled so) its county's when the plans give it none. */
export function TargetsSection({
  targets,
  scope,
  countyName,
  language,
  t,
}: {
  targets: ShownList<Target>;
  scope: SiteSummary['targetsScope'];
  countyName: string | null;
  language: Language;
  t: Translate;
}) {
  if (targets.shown.length === 0) return null;
  const title =
    scope === 'county' && countyName
      ? t('dossier.targetsCounty', { county: countyName })
      : t('dossier.targets');
  return (
    <Section variant="dossier" title={title} testId="dossier-targets">
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
  );
}

/** Enterprises in columns: those at the site, or those of its county placed at no site. */
export function EnterprisesSection({
  title,
  testId,
  enterprises,
  language,
}: {
  title: string;
  testId: string;
  enterprises: ShownList<Enterprise>;
  language: Language;
}) {
  if (enterprises.shown.length === 0) return null;
  return (
    <Section variant="dossier" title={title} testId={testId}>
      <ul className="dossier-columns">
        {enterprises.shown.map((enterprise) => (
          <li key={enterprise.id}>{localName(enterprise, language)}</li>
        ))}
      </ul>
      <More count={enterprises.more} language={language} />
    </Section>
  );
}

/** Who carries out the plan actions that name the site's county, and those actions. */
export function ResponsibleSection({
  units,
  actions,
  language,
  t,
}: {
  units: ShownList<ResponsibleUnit>;
  actions: ShownList<Action>;
  language: Language;
  t: Translate;
}) {
  if (units.shown.length === 0) return null;
  return (
    <Section variant="dossier" title={t('dossier.responsible')} testId="dossier-responsible">
      <p className="dossier-units">
        {units.shown.map((unit) => localName(unit, language)).join(language === 'zh' ? '、' : ', ')}
        <More count={units.more} language={language} />
      </p>
      <p className="dossier-units__actions">
        {actions.shown.map((action) => localName(action, language)).join(' · ')}
        <More count={actions.more} language={language} />
      </p>
    </Section>
  );
}

/**
 * For a site shortlisted from the gap report: which gaps it could fill and
 * what the plan says of them ("why this site for this gap").
 */
export function GapReasonsSection({
  reasons,
  data,
  language,
  t,
}: {
  reasons: GapReason[];
  data: AppData;
  language: Language;
  t: Translate;
}) {
  const lines = reasons.flatMap((reason) => {
    const chain = data.chains.find((entry) => entry.industryId === reason.industryId);
    const link = chain ? findLink(chainView(data, chain), reason.linkId) : null;
    if (!chain || !link) return [];
    const status = link.link.verdict
      ? localText(link.link.verdict.note, link.link.verdict.noteEn, language)
      : t(`chains.presence.${link.presence}`);
    return [
      {
        key: reason.linkId,
        text: t('dossier.gapReason', {
          chain: localName(chain, language),
          link: localName(link.link, language),
          status,
        }),
      },
    ];
  });
  if (lines.length === 0) return null;
  return (
    <Section variant="dossier" title={t('dossier.gapReasons')} testId="dossier-gap-reasons">
      <ul className="dossier-list">
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
    </Section>
  );
}
