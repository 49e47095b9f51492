/**
 * The industry-chain view, docked under the map (lazily loaded): stages left
 * to right, links as boxes coloured by computed presence, gaps hatched and
 * labelled, partner-only links dashed. Choosing a link lights its hosting
 * platforms on the map and lists its firms; a platform or county selected on
 * the map marks the links it covers. Tabs give the gap report and the
 * counties × chains coverage table.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useMapCommands } from '@/map/map-commands';
import { useT } from '@/i18n/use-t';
import { useFocusReturn } from '@/components/use-focus-return';
import { tabAttributes, tabListKeyHandler, tabPanelAttributes } from '@/components/tab-list';
import { localName } from '@/lib/names';
import {
  chainView,
  findLink,
  linkMapIds,
  linksCoveredBy,
  type ChainView as ChainModel,
  type LinkView,
} from '@/data/chains/chain-model';
import { LinkDetail } from './LinkDetail';
import { GapReport } from './GapReport';
import { CoverageTable } from './CoverageTable';
import './chains.css';

const CHAIN_TABS = ['chain', 'gaps', 'coverage'] as const;
type Tab = (typeof CHAIN_TABS)[number];

export default function ChainView() {
  const t = useT();
  const data = useAppData();
  const store = useAppStoreApi();
  const commands = useMapCommands();
  const language = useAppStore((state) => state.language);
  const openChain = useAppStore((state) => state.openChain);
  const selectedId = useAppStore((state) => state.selectedId);
  const isTouring = useAppStore((state) => state.activeTour !== null);
  const [tab, setTab] = useState<Tab>('chain');
  const panelRef = useFocusReturn<HTMLElement>({
    isOpen: openChain !== null,
    onClose: () => store.getState().closeChain(),
  });
  const chain = data.chains.find((entry) => entry.industryId === openChain?.industryId) ?? null;
  const view = useMemo(() => (chain ? chainView(data, chain) : null), [data, chain]);
  const chosen = view && openChain?.linkId ? findLink(view, openChain.linkId) : null;
  const covered = useMemo(
    () => (view && selectedId ? linksCoveredBy(view, selectedId) : new Set<string>()),
    [view, selectedId],
  );

  // A link chosen by deep link or tour lights its hosts once the view knows them.
  useEffect(() => {
    const state = store.getState();
    if (chosen && !state.chainLinkIds)
      state.chooseChainLink(chosen.link.id, new Set(linkMapIds(chosen)));
  }, [chosen, store]);

  if (!openChain) return null;
  const choose = (link: LinkView | null) => {
    store
      .getState()
      .chooseChainLink(link?.link.id ?? null, link ? new Set(linkMapIds(link)) : null);
    // Frame the link's platforms (its counties when no platform has a shape) above the dock.
    if (link) {
      const platforms = link.platforms.map(({ feature }) => feature.properties.id);
      commands.focusFeatures(platforms.length > 0 ? platforms : linkMapIds(link));
    }
  };

  return (
    <section
      ref={panelRef}
      className={`chain-view${isTouring ? ' chain-view--in-tour' : selectedId ? ' chain-view--beside-detail' : ''}`}
      data-testid="chain-view"
      aria-label={t('chains.title')}
      lang={language === 'zh' ? 'zh-CN' : 'en'}
    >
      <header className="chain-view__head">
        <h2 className="chain-view__title">
          {t('chains.title')}
          {chain && <span className="chain-view__chain-name"> · {localName(chain, language)}</span>}
        </h2>
        <div
          className="chain-view__tabs"
          role="tablist"
          aria-label={t('chains.title')}
          onKeyDown={tabListKeyHandler('chain-view', CHAIN_TABS, tab, setTab)}
        >
          {CHAIN_TABS.map((entry) => (
            <button
              key={entry}
              type="button"
              {...tabAttributes('chain-view', entry, tab === entry)}
              className="button button--small"
              data-testid={`chain-tab-${entry}`}
              onClick={() => setTab(entry)}
            >
              {t(`chains.tab.${entry}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--small"
          data-testid="chain-print"
          onClick={() => window.print()}
        >
          {t('chains.print')}
        </button>
        <button
          type="button"
          className="header__icon-button"
          aria-label={t('chains.close')}
          data-testid="chain-close"
          onClick={() => store.getState().closeChain()}
        >
          ×
        </button>
      </header>
      <ChainPicker current={chain?.industryId ?? null} />
      <div className="chain-view__panel" {...tabPanelAttributes('chain-view', tab)}>
        {tab === 'chain' && view && (
          <div className="chain-view__body">
            <ChainDiagram
              view={view}
              chosenId={chosen?.link.id ?? null}
              covered={covered}
              onChoose={choose}
            />
            {chosen && <LinkDetail link={chosen} chain={view.chain} />}
          </div>
        )}
        {tab === 'chain' && !view && <p className="muted">{t('chains.none')}</p>}
        {tab === 'gaps' && <GapReport chain={chain} />}
        {tab === 'coverage' && <CoverageTable />}
      </div>
    </section>
  );
}

function ChainPicker({ current }: { current: string | null }) {
  const t = useT();
  const data = useAppData();
  const store = useAppStoreApi();
  const language = useAppStore((state) => state.language);
  return (
    <nav className="chain-picker" aria-label={t('chains.pickerLabel')}>
      {data.chains.map((chain) => (
        <button
          key={chain.id}
          type="button"
          className="chain-picker__choice"
          aria-pressed={chain.industryId === current}
          data-testid="chain-choice"
          data-industry-id={chain.industryId}
          onClick={() => store.getState().showChain(chain.industryId)}
        >
          {localName(chain, language)}
        </button>
      ))}
    </nav>
  );
}

function ChainDiagram({
  view,
  chosenId,
  covered,
  onChoose,
}: {
  view: ChainModel;
  chosenId: string | null;
  covered: Set<string>;
  onChoose: (link: LinkView | null) => void;
}) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const { counts } = view;
  return (
    <div className="chain-diagram">
      <p className="chain-diagram__summary" data-testid="chain-summary">
        {language === 'zh' ? view.chain.summary : view.chain.summaryEn}{' '}
        <span className="chain-diagram__counts">
          {t('chains.counts', {
            links: counts.links,
            local: counts.local,
            partner: counts.partner,
            gap: counts.gap,
          })}
        </span>
      </p>
      <Legend />
      <ol className="chain-diagram__stages">
        {view.stages.map(({ stage, links }) => (
          <li key={stage.id} className="chain-stage" data-testid="chain-stage">
            <h3 className="chain-stage__name">{localName(stage, language)}</h3>
            <ul className="chain-stage__links">
              {links.map((link) => (
                <li key={link.link.id}>
                  <LinkBox
                    link={link}
                    chosen={chosenId === link.link.id}
                    covered={covered.has(link.link.id)}
                    onChoose={onChoose}
                  />
                  {link.subLinks.length > 0 && (
                    <ul className="chain-stage__sublinks">
                      {link.subLinks.map((sub) => (
                        <li key={sub.link.id}>
                          <LinkBox
                            link={sub}
                            chosen={chosenId === sub.link.id}
                            covered={covered.has(sub.link.id)}
                            onChoose={onChoose}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

function LinkBox({
  link,
  chosen,
  covered,
  onChoose,
}: {
  link: LinkView;
  chosen: boolean;
  covered: boolean;
  onChoose: (link: LinkView | null) => void;
}) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const verdict = link.link.verdict;
  return (
    <button
      type="button"
      className={`chain-link chain-link--${link.presence}${chosen ? ' chain-link--chosen' : ''}${covered ? ' chain-link--covered' : ''}`}
      aria-pressed={chosen}
      data-testid="chain-link"
      data-link-id={link.link.id}
      data-gap={link.presence === 'gap'}
      data-presence={link.presence}
      data-covered={covered}
      onClick={() => onChoose(chosen ? null : link)}
    >
      <span className="chain-link__name">{localName(link.link, language)}</span>
      <span className="chain-link__status">
        {t(`chains.presence.${link.presence}`)}
        {link.presence === 'local' && link.localFirms.length > 0 && ` · ${link.localFirms.length}`}
      </span>
      {verdict && (
        <span className={`chain-link__verdict chain-link__verdict--${verdict.kind}`}>
          {t(`chains.verdict.${verdict.kind}`)}
        </span>
      )}
      {covered && <span className="chain-link__covered">{t('chains.coveredBySelection')}</span>}
    </button>
  );
}

function Legend() {
  const t = useT();
  return (
    <ul className="chain-legend" aria-label={t('chains.legend')}>
      {(['local', 'partner', 'gap'] as const).map((presence) => (
        <li key={presence}>
          <span className={`chain-legend__swatch chain-link--${presence}`} aria-hidden="true" />
          {t(`chains.presenceHint.${presence}`)}
        </li>
      ))}
    </ul>
  );
}
