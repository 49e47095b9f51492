/**
 * The planner tools, loaded lazily once the map is up: restores the user's
 * saved layers and sites onto the map, shows the tools panel when opened and
 * a card for a selected user feature (its properties shown as text).
 */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { useFocusReturn } from '@/components/use-focus-return';
import { tabAttributes, tabListKeyHandler, tabPanelAttributes } from '@/components/tab-list';
import { CandidateTool } from '@/features/planner/candidates/CandidateTool';
import { MeasureTool } from '@/features/planner/measure/MeasureTool';
import { ProximityTool } from '@/features/planner/proximity/ProximityTool';
import { ImportTool } from '@/features/planner/import/ImportTool';
import { loadPlannerData } from '@/data/planner/planner-db';
import type { PlannerTab } from '@/state/planner-slice';
import { findUserFeature } from '@/data/planner/user-map-features';
import { usePlannerMapSync } from '@/features/planner/import/use-sketch-sync';
import './planner.css';

const TABS: PlannerTab[] = ['import', 'measure', 'candidates', 'proximity'];

function UserFeatureCard() {
  const t = useT();
  const selectedId = useAppStore((state) => state.selectedId);
  const layers = useAppStore((state) => state.planner.layers);
  const select = useAppStore((state) => state.select);
  const found = selectedId?.startsWith('user-') ? findUserFeature(layers, selectedId) : null;
  const cardRef = useFocusReturn<HTMLElement>({
    isOpen: found !== null,
    onClose: () => select(null),
    focusKey: selectedId,
  });
  if (!found) return null;
  const entries = Object.entries(found.feature.properties ?? {}).slice(0, 50);
  return (
    <aside
      ref={cardRef}
      className="panel planner-card"
      data-testid="user-feature-card"
      aria-label={t('planner.card.title')}
    >
      <h3 className="planner__heading">{found.layer.name}</h3>
      <dl>
        {entries.map(([key, value]) => (
          <div key={key} className="planner-card__row">
            <dt>{key}</dt>
            <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

function PlannerPanel() {
  const store = useAppStoreApi();
  const t = useT();
  const tab = useAppStore((state) => state.planner.tab);
  const panelRef = useFocusReturn<HTMLElement>({
    isOpen: true,
    onClose: () => store.getState().planner.setOpen(false),
  });
  return (
    <aside
      ref={panelRef}
      className="panel planner"
      data-testid="planner-panel"
      aria-label={t('planner.title')}
    >
      <div className="planner__header">
        <h2 className="panel__title">{t('planner.title')}</h2>
        <button
          type="button"
          className="button"
          aria-label={t('planner.close')}
          onClick={() => store.getState().planner.setOpen(false)}
        >
          ×
        </button>
      </div>
      <div
        className="planner__tabs"
        role="tablist"
        aria-label={t('planner.title')}
        onKeyDown={tabListKeyHandler('planner', TABS, tab, (id) =>
          store.getState().planner.setTab(id),
        )}
      >
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            {...tabAttributes('planner', id, tab === id)}
            className="planner__tab"
            data-testid={`planner-tab-${id}`}
            onClick={() => store.getState().planner.setTab(id)}
          >
            {t(`planner.tab.${id}`)}
          </button>
        ))}
      </div>
      <div className="planner__tab-panel" {...tabPanelAttributes('planner', tab)}>
        {tab === 'import' && <ImportTool />}
        {tab === 'measure' && <MeasureTool />}
        {tab === 'candidates' && <CandidateTool />}
        {tab === 'proximity' && <ProximityTool />}
      </div>
    </aside>
  );
}

export default function PlannerRoot() {
  const store = useAppStoreApi();
  const isOpen = useAppStore((state) => state.planner.isOpen);
  usePlannerMapSync();
  useEffect(() => {
    let cancelled = false;
    loadPlannerData()
      .then(({ layers, sites, skipped }) => {
        if (cancelled) return;
        const state = store.getState().planner;
        // Keep anything imported while loading; stored records come first.
        state.setLayers([
          ...layers,
          ...state.layers.filter((layer) => !layers.some((stored) => stored.id === layer.id)),
        ]);
        state.setSites([
          ...sites,
          ...state.sites.filter((site) => !sites.some((stored) => stored.id === site.id)),
        ]);
        state.setSkippedRecords(skipped);
      })
      .catch(() => {
        // No IndexedDB (private mode, blocked): the tools still work for this session.
      });
    return () => {
      cancelled = true;
    };
  }, [store]);
  return (
    <>
      {isOpen && <PlannerPanel />}
      <UserFeatureCard />
    </>
  );
}
