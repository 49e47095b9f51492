/**
 * Keeps the URL and the store in step: a copied link reopens the same view,
 * and back/forward step through selections (each selection is a history
 * entry; camera, language, filter and layer changes replace the current one).
 */
import { useEffect } from 'react';
import type { ThematicLayerId } from '@/data/layer-catalog';
import type { AppData } from '@/data/model';
import type { AppStore } from '@/state/store';
import type { MapCommands } from '@/map/map-commands';
import { parseUrlState, serializeUrlState, type UrlState, type UrlVocabulary } from './url-state';
import { countyCodeOf } from '@/data/county-id';
import { chainLinks } from '@/data/chains/chain-links';

export function urlVocabulary(
  data: AppData,
  layerIds: readonly string[],
  tourIds: readonly string[] = [],
): UrlVocabulary {
  return {
    isFeatureId: (id) => data.featureById.has(id) || data.countyByCode.has(countyCodeOf(id) ?? ''),
    isIndustryId: (id) => data.industryById.has(id),
    isCountyCode: (code) => data.countyByCode.has(code),
    isLayerId: (id) => layerIds.includes(id),
    isTourId: (id) => tourIds.includes(id),
    isChainIndustry: (id) => data.chains.some((chain) => chain.industryId === id),
    isChainLink: (industryId, linkId) =>
      data.chains.some(
        (chain) =>
          chain.industryId === industryId && chainLinks(chain).some((link) => link.id === linkId),
      ),
  };
}

/** Applies a parsed URL to the store (before the map exists, or on popstate). */
export function applyUrlState(store: AppStore, state: UrlState): void {
  const current = store.getState();
  current.setLanguage(state.language);
  current.setHiddenLayers(state.hiddenLayers as ThematicLayerId[]);
  current.setFilter(state.filter);
  current.select(state.selectedId);
  if (state.camera) current.commitCamera(state.camera);
  if (state.tour) current.setActiveTour(state.tour);
  if (state.chain) current.showChain(state.chain.industryId, state.chain.linkId);
  else if (current.openChain) current.closeChain();
}

export function readUrl(vocabulary: UrlVocabulary): UrlState {
  const { state, ignored } = parseUrlState(window.location.search, vocabulary);
  if (ignored.length > 0) console.warn(`Ignored URL parameters: ${ignored.join(', ')}`);
  return state;
}

/** The view the store holds now, as URL state (`embed`: whether this page is an embed). */
export function currentUrlState(store: AppStore, embed: boolean): UrlState {
  const state = store.getState();
  return {
    selectedId: state.selectedId,
    language: state.language,
    filter: state.filter,
    hiddenLayers: state.hiddenLayers,
    camera: state.camera,
    tour: state.activeTour,
    chain: state.openChain,
    embed,
  };
}

export function useUrlSync(
  store: AppStore,
  vocabulary: UrlVocabulary,
  commands: MapCommands,
  embed: boolean,
): void {
  useEffect(() => {
    let applyingHistory = false;
    const write = (mode: 'push' | 'replace') => {
      if (applyingHistory) return;
      const query = serializeUrlState(currentUrlState(store, embed));
      if (query === window.location.search) return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    const unsubscribers = [
      store.subscribe(
        (state) => state.selectedId,
        () => write('push'),
      ),
      store.subscribe(
        (state) =>
          [
            state.language,
            state.filter,
            state.hiddenLayers,
            state.camera,
            state.activeTour,
            state.openChain,
          ] as const,
        () => write('replace'),
        { equalityFn: (a, b) => a.every((value, index) => value === b[index]) },
      ),
    ];
    const onPopState = () => {
      applyingHistory = true;
      const next = readUrl(vocabulary);
      applyUrlState(store, next);
      applyingHistory = false;
      if (next.camera) commands.flyTo(next.camera);
      else if (next.selectedId) commands.focusFeature(next.selectedId);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [store, vocabulary, commands, embed]);
}
