import { useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { FeatureDetail } from '@/data/sites/detail-model';
import { Section } from '@/components/Section';
import { SiteActions } from '@/components/SiteActions';
import { SourceList } from '@/components/SourceList';
import { formatHectares } from '@/i18n/format';
import { localName, localText } from '@/lib/names';
import { countyFeatureId } from '@/data/county-id';
import {
  DetailHeader,
  FeatureLink,
  IndustryChips,
  MeasureRow,
  Row,
  TargetsSection,
} from './detail-parts';
import { EnterpriseList } from './EnterpriseList';
import { ShiziSection } from './ShiziSection';

type BodyProps = { detail: FeatureDetail };

/** The detail of a plan feature: platform, zone, corridor or project. */
export function FeatureBody({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const properties = detail.feature.properties;
  return (
    <>
      <FeatureHeader detail={detail} />
      <SiteActions key={properties.id} siteId={properties.id} />
      <p className="detail-role">{localText(properties.role, properties.roleEn, language)}</p>
      <FeatureFacts detail={detail} />
      <p className="detail-hint">{t(`detail.qualityHint.${properties.geometryQuality}`)}</p>
      <InferenceSection detail={detail} />
      {detail.shiziPattern && <ShiziSection pattern={detail.shiziPattern} />}
      <ChildrenSection detail={detail} />
      {detail.industries.length > 0 && (
        <Section title={t('detail.industries')} testId="detail-industries">
          <IndustryChips industries={detail.industries} />
        </Section>
      )}
      <TargetsSection targets={detail.targets} />
      <EnterpriseSections detail={detail} />
      <SourcesSection detail={detail} />
    </>
  );
}

function FeatureHeader({ detail }: BodyProps) {
  const t = useT();
  const properties = detail.feature.properties;
  return (
    <DetailHeader
      record={properties}
      system={
        <>
          {t(`detail.system.${properties.system}`)} · {t(`detail.kind.${properties.kind}`)}
        </>
      }
    >
      <span
        className={`badge badge--quality-${properties.geometryQuality}`}
        title={t(`detail.qualityHint.${properties.geometryQuality}`)}
        data-testid="quality-badge"
      >
        {t(`detail.quality.${properties.geometryQuality}`)}
      </span>
      <span
        className={`badge badge--certainty-${properties.certainty}`}
        data-testid="certainty-badge"
      >
        {t(`detail.certainty.${properties.certainty}`)}
      </span>
    </DetailHeader>
  );
}

/** County, host city, parent, measured and stated size. */
function FeatureFacts({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const properties = detail.feature.properties;
  const schematic = properties.geometryQuality !== 'official';
  return (
    <dl className="detail-facts">
      {detail.county && (
        <Row
          label={t('detail.county')}
          value={
            <FeatureLink
              featureId={countyFeatureId(detail.county.properties.code)}
              record={detail.county.properties}
            />
          }
        />
      )}
      {properties.hostCity && (
        <Row
          label={t('detail.hostCity')}
          value={localText(properties.hostCity, properties.hostCityEn, language)}
        />
      )}
      {detail.parent && (
        <Row
          label={t('detail.parent')}
          value={
            <FeatureLink
              featureId={detail.parent.properties.id}
              record={detail.parent.properties}
            />
          }
        />
      )}
      <MeasureRow measure={detail.measure} schematic={schematic} />
      {properties.statedAreaHa !== undefined && (
        <Row
          label={t('detail.statedArea')}
          value={formatHectares(properties.statedAreaHa, language)}
        />
      )}
    </dl>
  );
}

/** What is inferred about a feature: its place, and its membership of the “十子连珠” (Ten Pearls). */
function InferenceSection({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const properties = detail.feature.properties;
  if (properties.certainty !== 'inferred' && !detail.shiziReason) return null;
  return (
    <Section title={t('detail.inferenceTitle')} testId="detail-inference">
      {detail.shiziReason && (
        <p>
          <strong>{t('detail.shizi')}</strong>{' '}
          {localText(detail.shiziReason.reason, detail.shiziReason.reasonEn, language)}
        </p>
      )}
      {properties.inferenceNote && (
        <p>{localText(properties.inferenceNote, properties.inferenceNoteEn, language)}</p>
      )}
    </Section>
  );
}

function ChildrenSection({ detail }: BodyProps) {
  const t = useT();
  if (detail.children.length === 0) return null;
  return (
    <Section title={t('detail.children')}>
      <ul className="entity-list">
        {detail.children.map((child) => (
          <li key={child.properties.id}>
            <FeatureLink featureId={child.properties.id} record={child.properties} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Local firms, the county's firms not placed on a site, benchmark firms from elsewhere, and partners. */
function EnterpriseSections({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  return (
    <>
      {detail.localEnterprises.length > 0 && (
        <Section title={t('detail.enterprises')} testId="detail-enterprises">
          <EnterpriseList enterprises={detail.localEnterprises} testId="local-enterprises" />
        </Section>
      )}
      {detail.countyEnterprises.length > 0 && detail.county && (
        <Section
          title={t('detail.countyEnterprisesUnplaced', {
            county: localName(detail.county.properties, language),
          })}
          testId="detail-county-enterprises"
        >
          <EnterpriseList enterprises={detail.countyEnterprises} testId="county-enterprises" />
        </Section>
      )}
      {detail.benchmarkEnterprises.length > 0 && (
        <Section title={t('detail.benchmarks')} testId="detail-benchmarks">
          <p className="muted">{t('detail.benchmarksHint')}</p>
          <EnterpriseList
            enterprises={detail.benchmarkEnterprises}
            testId="benchmark-enterprises"
          />
        </Section>
      )}
      {detail.partnerEnterprises.length > 0 && (
        <Section title={t('detail.partners')} testId="detail-partners">
          <p className="muted">{t('detail.partnersHint')}</p>
          <EnterpriseList enterprises={detail.partnerEnterprises} testId="partner-enterprises" />
        </Section>
      )}
    </>
  );
}

/** The plan lines the feature comes from, and how its shape was drawn. */
function SourcesSection({ detail }: BodyProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const properties = detail.feature.properties;
  return (
    <Section title={t('detail.sources')}>
      <SourceList sources={properties.sources} />
      <details className="detail-method">
        <summary>{t('detail.geometryMethod')}</summary>
        <p>
          {localText(
            properties.geometryMethodZh ?? properties.geometryMethod,
            properties.geometryMethod,
            language,
          )}
        </p>
      </details>
    </Section>
  );
}
