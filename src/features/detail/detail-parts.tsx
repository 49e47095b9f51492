import { useState, type ReactNode } from 'react';
import { useAppData, useAppStore } from '@/state/store-context';
import { chainForIndustry } from '@/data/chains/chain-model';
import { useT } from '@/i18n/use-t';
import type { Measure } from '@/data/geo/measure';
import type { Industry, Target } from '@/data/schema';
import { Section } from '@/components/Section';
import { TargetList } from '@/components/TargetList';
import { formatArea, formatLength } from '@/i18n/format';
import { localName, otherName } from '@/lib/names';
import { useDetailActions } from './use-detail-actions';

/** How many entries a long list shows before "show all". */
const COLLAPSED_COUNT = 8;

/**
 * The panel's header: kind line, name, the name in the other language and badges.
 * The secondary name carries its `lang`, so a screen reader reads it in its own voice.
 */
export function DetailHeader({
  record,
  system,
  children,
}: {
  record: { name: string; nameEn?: string | undefined };
  system: ReactNode;
  children: ReactNode;
}) {
  const language = useAppStore((state) => state.language);
  const secondary = otherName(record, language);
  return (
    <header className="detail-header">
      <p className="detail-header__system">{system}</p>
      <h2 className="detail-header__name" data-testid="detail-name">
        {localName(record, language)}
      </h2>
      {secondary && (
        <p className="detail-header__other" lang={language === 'en' ? 'zh-CN' : 'en'}>
          {secondary}
        </p>
      )}
      <p className="badges">{children}</p>
    </header>
  );
}

/** One fact of a `<dl className="detail-facts">`. */
export function Row({
  label,
  value,
  testId,
}: {
  label: string;
  value: ReactNode;
  testId?: string;
}) {
  return (
    <div className="detail-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** A shape's area or a line's length; nothing for a point. */
export function MeasureRow({
  measure,
  schematic,
}: {
  measure: Measure | null;
  schematic: boolean;
}) {
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

/** A link that selects and frames a site (plan feature or county) by its feature id. */
export function FeatureLink({
  featureId,
  record,
}: {
  featureId: string;
  record: { name: string; nameEn?: string | undefined };
}) {
  const language = useAppStore((state) => state.language);
  const actions = useDetailActions();
  return (
    <button type="button" className="link-button" onClick={() => actions.selectFeature(featureId)}>
      {localName(record, language)}
    </button>
  );
}

/** List items of a long list: the first few, then a button that shows the rest. */
export function Collapsible<T>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
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

/** Industry chips; a click filters the map to the industry's hosts. */
export function IndustryChips({ industries }: { industries: Industry[] }) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const showChain = useAppStore((state) => state.showChain);
  const filteredIndustry = useAppStore((state) =>
    state.filter?.kind === 'industry' ? state.filter.id : null,
  );
  const setFilter = useAppStore((state) => state.setFilter);
  const actions = useDetailActions();
  // One chain button per chain: several chips of one cluster share it.
  const offered = new Set<string>();
  return (
    <ul className="chips" aria-label={t('detail.industriesHint')}>
      {industries.map((industry) => {
        const found = chainForIndustry(data, industry.id);
        const chain = found && !offered.has(found.id) ? found : null;
        if (chain) offered.add(chain.id);
        return (
          <li key={industry.id}>
            <button
              type="button"
              className="chip"
              data-testid="industry-chip"
              data-industry-id={industry.id}
              aria-pressed={filteredIndustry === industry.id}
              title={t('detail.industriesHint')}
              onClick={() =>
                filteredIndustry === industry.id
                  ? setFilter(null)
                  : actions.filterIndustry(industry)
              }
            >
              {localName(industry, language)}
            </button>
            {chain && (
              <button
                type="button"
                className="chip chip--chain"
                data-testid="industry-chain-open"
                data-industry-id={chain.industryId}
                aria-label={t('detail.chainOpenLabel', { name: localName(chain, language) })}
                onClick={() => showChain(chain.industryId)}
              >
                {t('detail.chainOpen')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The plans' targets for a site, each linking to its scope; says so when there are none. */
export function TargetsSection({ targets }: { targets: Target[] }) {
  const t = useT();
  const actions = useDetailActions();
  return (
    <Section title={t('detail.targets')} testId="detail-targets">
      {targets.length > 0 ? (
        <TargetList targets={targets} onSelect={actions.selectTargetScope} />
      ) : (
        <p className="muted">{t('detail.noTargets')}</p>
      )}
    </Section>
  );
}
