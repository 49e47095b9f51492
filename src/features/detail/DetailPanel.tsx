import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { Section } from '@/components/Section';
import { SiteActions } from '@/components/SiteActions';
import { SourceList } from '@/components/SourceList';
import { formatNumber } from '@/i18n/format';
import { localName, localText } from '@/lib/names';
import {
  afterNextPaint,
  measureInteraction,
  measureInteractionStep,
} from '@/lib/interaction-timing';
import { detailFor, type CountyDetail, type FeatureDetail } from '@/data/sites/detail-model';
import { countyCodeOf, countyFeatureId } from '@/data/county-id';
import {
  Collapsible,
  DetailHeader,
  FeatureLink,
  IndustryChips,
  MeasureRow,
  Row,
  TargetsSection,
} from './detail-parts';
import { EnterpriseList } from './EnterpriseList';

/** The side panel for the selected site: close, other sites under the click, and its body. */
export function DetailPanel() {
  const t = useT();
  const data = useAppData();
  const selectedId = useAppStore((state) => state.selectedId);
  const select = useAppStore((state) => state.select);
  const detail = useMemo(
    () => (selectedId ? detailFor(data, selectedId) : null),
    [data, selectedId],
  );
  // Ends the click → detail-painted measure (started by the map click) once this paint lands.
  useEffect(() => {
    if (!selectedId) return undefined;
    // React has committed the panel; the paint (with the map's own frame) comes next.
    measureInteractionStep('detail', 'commit');
    return afterNextPaint(() => measureInteraction('detail'));
  }, [selectedId]);
  if (!detail) return null;
  return (
    <aside
      className="panel detail-panel"
      data-testid="detail-panel"
      aria-label={t('detail.panelLabel')}
    >
      <button
        type="button"
        className="detail-panel__close"
        aria-label={t('detail.close')}
        onClick={() => select(null)}
        data-testid="detail-close"
      >
        ×
      </button>
      <AlsoHere />
      {detail.kind === 'feature' ? <FeatureBody detail={detail} /> : <CountyBody detail={detail} />}
    </aside>
  );
}

/** After a map click on overlapping shapes: the other features under the pointer. */
function AlsoHere() {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const selectedId = useAppStore((state) => state.selectedId);
  const pickedIds = useAppStore(useShallow((state) => state.pickedIds));
  const pick = useAppStore((state) => state.pick);
  const others = pickedIds.filter((id) => id !== selectedId);
  if (others.length === 0) return null;
  return (
    <nav className="also-here" aria-label={t('detail.alsoHere')} data-testid="also-here">
      <span className="muted">{t('detail.alsoHere')}</span>
      <ul className="chips">
        {others.map((id) => {
          const record =
            data.featureById.get(id)?.properties ??
            data.countyByCode.get(countyCodeOf(id) ?? '')?.properties;
          if (!record) return null;
          return (
            <li key={id}>
              <button
                type="button"
                className="chip chip--quiet"
                data-testid="also-here-item"
                onClick={() => pick([id, ...pickedIds.filter((other) => other !== id)])}
              >
                {localName(record, language)}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

type FeatureBodyProps = { detail: FeatureDetail };

/** The detail of a plan feature: platform, zone, corridor or project. */
export function FeatureBody({ detail }: FeatureBodyProps) {
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

function FeatureHeader({ detail }: FeatureBodyProps) {
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
      tagOtherLanguage
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
function FeatureFacts({ detail }: FeatureBodyProps) {
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
      {properties.hostCity && <Row label={t('detail.hostCity')} value={properties.hostCity} />}
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
          value={
            language === 'zh'
              ? `${formatNumber(properties.statedAreaHa, language, 1)} 公顷`
              : `${formatNumber(properties.statedAreaHa, language, 1)} ha`
          }
        />
      )}
    </dl>
  );
}

/** What is inferred about a feature: its place, and its membership of the “十子连珠” (Ten Pearls). */
function InferenceSection({ detail }: FeatureBodyProps) {
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

function ChildrenSection({ detail }: FeatureBodyProps) {
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

/** Local firms, the county's firms not placed on a site, and benchmark firms from elsewhere. */
function EnterpriseSections({ detail }: FeatureBodyProps) {
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
    </>
  );
}

/** The plan lines the feature comes from, and how its shape was drawn. */
function SourcesSection({ detail }: FeatureBodyProps) {
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

type CountyBodyProps = { detail: CountyDetail };

/** The detail of a county: its profile, the plan features in it, targets, firms and actions. */
export function CountyBody({ detail }: CountyBodyProps) {
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
      <ContentsSection detail={detail} />
      {detail.targets.length > 0 && <TargetsSection targets={detail.targets} />}
      {detail.enterprises.length > 0 && (
        <Section title={t('detail.countyEnterprises')} testId="detail-enterprises">
          <EnterpriseList enterprises={detail.enterprises} testId="local-enterprises" />
        </Section>
      )}
      <ActionsSection detail={detail} />
    </>
  );
}

/** The plan features in the county, each with its kind. */
function ContentsSection({ detail }: CountyBodyProps) {
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

/** The plans' named actions for the county, with their sources. */
function ActionsSection({ detail }: CountyBodyProps) {
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
