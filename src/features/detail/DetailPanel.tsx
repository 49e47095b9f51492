import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Measure } from '@/data/geo/measure';
import type { Enterprise, Industry, Target } from '@/data/schema';
import { SourceList } from '@/components/SourceList';
import { TargetList } from '@/components/TargetList';
import { formatArea, formatLength, formatNumber } from '@/i18n/format';
import { localName, localText, otherName } from '@/lib/names';
import {
  afterNextPaint,
  measureInteraction,
  measureInteractionStep,
} from '@/lib/interaction-timing';
import { detailFor, type CountyDetail, type FeatureDetail } from '@/data/sites/detail-model';
import { SiteActions } from '@/components/SiteActions';
import { countyCodeOf, countyFeatureId } from '@/data/county-id';

const COLLAPSED_COUNT = 8;

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

function useActions() {
  const commands = useMapCommands();
  const select = useAppStore((state) => state.select);
  const setFilter = useAppStore((state) => state.setFilter);
  const data = useAppData();
  return {
    selectFeature: (id: string) => {
      select(id);
      commands.focusFeature(id);
    },
    filterIndustry: (industry: Industry) => setFilter({ kind: 'industry', id: industry.id }),
    selectEnterprise: (enterprise: Enterprise) => {
      const target =
        enterprise.featureId ??
        (enterprise.countyCode ? countyFeatureId(enterprise.countyCode) : null);
      if (!target) return;
      select(target);
      commands.focusFeature(target);
    },
    selectTargetScope: (target: Target) => {
      const { kind, id } = target.scope;
      if (kind === 'feature') {
        select(id);
        commands.focusFeature(id);
      } else if (kind === 'county' && data.countyByCode.has(id)) {
        select(countyFeatureId(id));
        commands.focusFeature(countyFeatureId(id));
      } else if (kind === 'industry') {
        setFilter({ kind: 'industry', id });
      }
    },
  };
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

function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="detail-section" data-testid={testId}>
      <h3 className="detail-section__title">{title}</h3>
      {children}
    </section>
  );
}

function MeasureRow({ measure, schematic }: { measure: Measure | null; schematic: boolean }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  if (!measure || measure.kind === 'point') return null;
  return measure.kind === 'area' ? (
    <Row
      label={schematic ? t('detail.area') : t('detail.areaOfficial')}
      value={formatArea(measure.km2, language)}
      testId="detail-area"
    />
  ) : (
    <Row
      label={t('detail.length')}
      value={formatLength(measure.km, language)}
      testId="detail-length"
    />
  );
}

function Row({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="detail-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Collapsible<T>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, COLLAPSED_COUNT);
  return (
    <>
      {shown.map(render)}
      {items.length > COLLAPSED_COUNT && !expanded && (
        <li>
          <button type="button" className="link-button" onClick={() => setExpanded(true)}>
            {t('detail.more', { count: items.length - COLLAPSED_COUNT })} · {t('detail.showAll')}
          </button>
        </li>
      )}
    </>
  );
}

function IndustryChips({ industries }: { industries: Industry[] }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const actions = useActions();
  return (
    <ul className="chips" aria-label={t('detail.industriesHint')}>
      {industries.map((industry) => (
        <li key={industry.id}>
          <button
            type="button"
            className="chip"
            data-testid="industry-chip"
            data-industry-id={industry.id}
            title={t('detail.industriesHint')}
            onClick={() => actions.filterIndustry(industry)}
          >
            {localName(industry, language)}
          </button>
        </li>
      ))}
    </ul>
  );
}

function EnterpriseList({ enterprises, testId }: { enterprises: Enterprise[]; testId: string }) {
  const language = useAppStore((state) => state.language);
  const actions = useActions();
  const data = useAppData();
  return (
    <ul className="entity-list" data-testid={testId}>
      <Collapsible
        items={enterprises}
        render={(enterprise) => {
          const linked =
            enterprise.kind === 'local' && (enterprise.featureId || enterprise.countyCode);
          const industry = enterprise.industryIds[0]
            ? data.industryById.get(enterprise.industryIds[0])
            : undefined;
          return (
            <li
              key={enterprise.id}
              data-testid="enterprise-item"
              data-enterprise-id={enterprise.id}
            >
              {linked ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.selectEnterprise(enterprise)}
                >
                  {localName(enterprise, language)}
                </button>
              ) : (
                <span>{localName(enterprise, language)}</span>
              )}
              {(industry || enterprise.location) && (
                <span className="entity-list__meta">
                  {[
                    enterprise.location
                      ? localText(enterprise.location, enterprise.locationEn, language)
                      : null,
                    industry ? localName(industry, language) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
            </li>
          );
        }}
      />
    </ul>
  );
}

function FeatureBody({ detail }: { detail: FeatureDetail }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const actions = useActions();
  const properties = detail.feature.properties;
  const secondary = otherName(properties, language);
  const schematic = properties.geometryQuality !== 'official';
  return (
    <>
      <header className="detail-header">
        <p className="detail-header__system">
          {t(`detail.system.${properties.system}`)} · {t(`detail.kind.${properties.kind}`)}
        </p>
        <h2 className="detail-header__name" data-testid="detail-name">
          {localName(properties, language)}
        </h2>
        {secondary && (
          <p className="detail-header__other" lang={language === 'en' ? 'zh' : 'en'}>
            {secondary}
          </p>
        )}
        <p className="badges">
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
        </p>
      </header>
      <SiteActions key={properties.id} siteId={properties.id} />
      <p className="detail-role">{localText(properties.role, properties.roleEn, language)}</p>
      <dl className="detail-facts">
        {detail.county && (
          <Row
            label={t('detail.county')}
            value={
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  actions.selectFeature(countyFeatureId(detail.county!.properties.code))
                }
              >
                {localName(detail.county.properties, language)}
              </button>
            }
          />
        )}
        {properties.hostCity && <Row label={t('detail.hostCity')} value={properties.hostCity} />}
        {detail.parent && (
          <Row
            label={t('detail.parent')}
            value={
              <button
                type="button"
                className="link-button"
                onClick={() => actions.selectFeature(detail.parent!.properties.id)}
              >
                {localName(detail.parent.properties, language)}
              </button>
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
      <p className="detail-hint">{t(`detail.qualityHint.${properties.geometryQuality}`)}</p>
      {(properties.certainty === 'inferred' || detail.shiziReason) && (
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
      )}
      {detail.children.length > 0 && (
        <Section title={t('detail.children')}>
          <ul className="entity-list">
            {detail.children.map((child) => (
              <li key={child.properties.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.selectFeature(child.properties.id)}
                >
                  {localName(child.properties, language)}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {detail.industries.length > 0 && (
        <Section title={t('detail.industries')} testId="detail-industries">
          <IndustryChips industries={detail.industries} />
        </Section>
      )}
      <Section title={t('detail.targets')} testId="detail-targets">
        {detail.targets.length > 0 ? (
          <TargetList targets={detail.targets} onSelect={actions.selectTargetScope} />
        ) : (
          <p className="muted">{t('detail.noTargets')}</p>
        )}
      </Section>
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
    </>
  );
}

function CountyBody({ detail }: { detail: CountyDetail }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const actions = useActions();
  const properties = detail.county.properties;
  const secondary = otherName(properties, language);
  return (
    <>
      <header className="detail-header">
        <p className="detail-header__system">
          {t('detail.system.county')} · {language === 'en' ? '' : properties.city}
        </p>
        <h2 className="detail-header__name" data-testid="detail-name">
          {localName(properties, language)}
        </h2>
        {secondary && <p className="detail-header__other">{secondary}</p>}
        <p className="badges">
          <span
            className="badge badge--quality-approximate"
            title={t('detail.qualityHint.approximate')}
          >
            {t('detail.quality.approximate')}
          </span>
        </p>
      </header>
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
      {detail.features.length > 0 && (
        <Section title={t('detail.contents')} testId="detail-contents">
          <ul className="entity-list">
            <Collapsible
              items={detail.features}
              render={(feature) => (
                <li key={feature.properties.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => actions.selectFeature(feature.properties.id)}
                  >
                    {localName(feature.properties, language)}
                  </button>
                  <span className="entity-list__meta">
                    {t(`detail.kind.${feature.properties.kind}`)}
                  </span>
                </li>
              )}
            />
          </ul>
        </Section>
      )}
      {detail.targets.length > 0 && (
        <Section title={t('detail.targets')} testId="detail-targets">
          <TargetList targets={detail.targets} onSelect={actions.selectTargetScope} />
        </Section>
      )}
      {detail.enterprises.length > 0 && (
        <Section title={t('detail.countyEnterprises')} testId="detail-enterprises">
          <EnterpriseList enterprises={detail.enterprises} testId="local-enterprises" />
        </Section>
      )}
      {detail.actions.length > 0 && (
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
      )}
    </>
  );
}
