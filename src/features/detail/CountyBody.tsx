import { useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { CountyDetail } from '@/data/sites/detail-model';
import { Section } from '@/components/Section';
import { SiteActions } from '@/components/SiteActions';
import { SourceList } from '@/components/SourceList';
import { localName, localText } from '@/lib/names';
import { countyFeatureId } from '@/data/county-id';
import {
  Collapsible,
  DetailHeader,
  FeatureLink,
  IndustryChips,
  MeasureRow,
  TargetsSection,
} from './detail-parts';
import { EnterpriseList } from './EnterpriseList';

type BodyProps = { detail: CountyDetail };

/** The detail of a county: its profile, the plan features in it, targets, firms and actions. */
export function CountyBody({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const properties = detail.county.properties;
  return (
    <>
      <DetailHeader
        record={properties}
        system={
          <>
            {t('detail.system.county')} · {language === 'en' ? '' : properties.city}
          </>
        }
      >
        <span
          className="badge badge--quality-approximate"
          title={t('detail.qualityHint.approximate')}
        >
          {t('detail.quality.approximate')}
        </span>
      </DetailHeader>
      <SiteActions key={properties.code} siteId={countyFeatureId(properties.code)} />
      {!detail.isLishui && <p className="detail-hint">{t('detail.neighbourNote')}</p>}
      <dl className="detail-facts">
        <MeasureRow measure={detail.measure} schematic={false} />
      </dl>
      {detail.industries.length > 0 && (
        <Section title={t('detail.countyProfile')} testId="detail-industries">
          <IndustryChips industries={detail.industries} />
          <SourceList sources={detail.profileSources} />
        </Section>
      )}
      {detail.clusters.length > 0 && (
        <Section title={t('detail.countyClusters')} testId="detail-clusters">
          <IndustryChips industries={detail.clusters} />
        </Section>
      )}
      <PlatformsSection detail={detail} />
      <ContentsSection detail={detail} />
      {detail.targets.length > 0 && <TargetsSection targets={detail.targets} />}
      {detail.enterprises.length > 0 && (
        <Section title={t('detail.countyEnterprises')} testId="detail-enterprises">
          <EnterpriseList enterprises={detail.enterprises} testId="local-enterprises" />
        </Section>
      )}
      {detail.partners.length > 0 && (
        <Section title={t('detail.partners')} testId="detail-partners">
          <p className="muted">{t('detail.partnersHint')}</p>
          <EnterpriseList enterprises={detail.partners} testId="partner-enterprises" />
        </Section>
      )}
      <ActionsSection detail={detail} />
    </>
  );
}

/** The plan features in the county, each with its kind. */
function ContentsSection({ detail }: BodyProps) {
  const t = useT();
  if (detail.features.length === 0) return null;
  return (
    <Section title={t('detail.contents')} testId="detail-contents">
      <ul className="entity-list">
        <Collapsible
          items={detail.features}
          render={(feature) => (
            <li key={feature.properties.id}>
              <FeatureLink featureId={feature.properties.id} record={feature.properties} />
              <span className="entity-list__meta">
                {t(`detail.kind.${feature.properties.kind}`)}
              </span>
            </li>
          )}
        />
      </ul>
    </Section>
  );
}

/** The city plan's platforms in the county, grouped by kind, each saying how sure its position is. */
function PlatformsSection({ detail }: BodyProps) {
  const t = useT();
  if (detail.platformsByKind.length === 0) return null;
  return (
    <Section title={t('detail.countyPlatforms')} testId="detail-platforms">
      {detail.platformsByKind.map((group) => (
        <div
          key={group.kind}
          className="detail-platforms__group"
          data-testid="detail-platform-kind"
        >
          <h4 className="detail-platforms__kind">
            {t(`layers.layer.${group.kind}`)} · {group.features.length}
          </h4>
          <ul className="entity-list">
            <Collapsible
              items={group.features}
              render={(feature) => (
                <li key={feature.properties.id} data-testid="detail-platform">
                  <FeatureLink featureId={feature.properties.id} record={feature.properties} />
                  {feature.properties.geometryQuality !== 'approximate' && (
                    <span className="entity-list__meta">
                      {t(`detail.quality.${feature.properties.geometryQuality}`)}
                    </span>
                  )}
                </li>
              )}
            />
          </ul>
        </div>
      ))}
    </Section>
  );
}

/** The plans' named actions for the county, with their sources. */
function ActionsSection({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  if (detail.actions.length === 0) return null;
  return (
    <Section title={t('detail.actions')}>
      <ul className="entity-list">
        {detail.actions.map((action) => (
          <li key={action.id}>
            <strong>{localName(action, language)}</strong>
            <p className="muted">{localText(action.summary, action.summaryEn, language)}</p>
            <SourceList sources={action.sources} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
