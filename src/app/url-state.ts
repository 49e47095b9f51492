/**
 * The URL as persisted state: selection, language, filter, hidden layers and
 * camera. Parsing is total: unknown or malformed parameters fall back to
 * defaults and are reported, never thrown.
 */
import { isLanguage, type Language } from '@/i18n/language';
import type { Camera } from '@/data/geo/camera';
import type { MapFilter } from '@/state/selection-slice';

export interface UrlState {
  selectedId: string | null;
  language: Language;
  filter: MapFilter | null;
  hiddenLayers: string[];
  camera: Camera | null;
  tour: { id: string; step: number } | null;
  /** ?chain=<industryId>&link=<linkId>: the industry chain open beside the map. */
  chain: { industryId: string; linkId: string | null } | null;
  /** ?embed=1: the map, legend and detail without header tools, for an iframe. */
  embed: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  selectedId: null,
  language: 'zh',
  filter: null,
  hiddenLayers: [],
  camera: null,
  tour: null,
  chain: null,
  embed: false,
};

/** What the URL may refer to; anything else is dropped. */
export interface UrlVocabulary {
  isFeatureId: (id: string) => boolean;
  isIndustryId: (id: string) => boolean;
  isCountyCode: (code: string) => boolean;
  isLayerId: (id: string) => boolean;
  isTourId?: (id: string) => boolean;
  /** An industry that has a chain, and a link of that chain. */
  isChainIndustry?: (industryId: string) => boolean;
  isChainLink?: (industryId: string, linkId: string) => boolean;
}

const ID = /^[a-z0-9][a-z0-9+-]{0,120}$/;

function parseCamera(value: string | null): Camera | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  if (parts.length < 3 || parts.length > 5 || parts.some((part) => !Number.isFinite(part)))
    return null;
  const [lng, lat, zoom, bearing = 0, pitch = 0] = parts as [
    number,
    number,
    number,
    number?,
    number?,
  ];
  if (
    lng < -180 ||
    lng > 180 ||
    lat < -85 ||
    lat > 85 ||
    zoom < 0 ||
    zoom > 22 ||
    pitch < 0 ||
    pitch > 85
  )
    return null;
  return {
    center: [lng, lat],
    zoom,
    bearing: ((bearing % 360) + 360) % 360 > 180 ? (bearing % 360) - 360 : bearing % 360,
    pitch,
  };
}

/** The language a URL asks for (the default when it names none or an unknown one). */
export function urlLanguage(search: string): Language {
  const lang = new URLSearchParams(search).get('lang');
  return isLanguage(lang) ? lang : DEFAULT_URL_STATE.language;
}

export function parseUrlState(
  search: string,
  vocabulary: UrlVocabulary,
): { state: UrlState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, hiddenLayers: [] };

  const select = params.get('select');
  if (select !== null) {
    if (ID.test(select) && vocabulary.isFeatureId(select)) state.selectedId = select;
    else ignored.push('select');
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.language = lang;
    else ignored.push('lang');
  }
  const filter = params.get('filter');
  if (filter !== null) {
    const [kind, id = ''] = filter.split(':');
    if (kind === 'industry' && ID.test(id) && vocabulary.isIndustryId(id))
      state.filter = { kind, id };
    else if (kind === 'county' && /^\d{6}$/.test(id) && vocabulary.isCountyCode(id))
      state.filter = { kind, id };
    else ignored.push('filter');
  }
  const hide = params.get('hide');
  if (hide !== null) {
    const layers = hide.split(',').filter(Boolean);
    state.hiddenLayers = [...new Set(layers.filter((layer) => vocabulary.isLayerId(layer)))];
    if (state.hiddenLayers.length !== layers.length) ignored.push('hide');
  }
  const camera = params.get('cam');
  if (camera !== null) {
    state.camera = parseCamera(camera);
    if (!state.camera) ignored.push('cam');
  }
  const tour = params.get('tour');
  if (tour !== null) {
    const step = Number(params.get('step') ?? '1');
    if (
      ID.test(tour) &&
      (vocabulary.isTourId?.(tour) ?? false) &&
      Number.isInteger(step) &&
      step >= 1
    ) {
      state.tour = { id: tour, step };
    } else ignored.push('tour');
  }
  const chain = params.get('chain');
  if (chain !== null) {
    if (ID.test(chain) && (vocabulary.isChainIndustry?.(chain) ?? false)) {
      const link = params.get('link');
      const linkOk =
        link !== null && ID.test(link) && (vocabulary.isChainLink?.(chain, link) ?? false);
      if (link !== null && !linkOk) ignored.push('link');
      state.chain = { industryId: chain, linkId: linkOk ? link : null };
    } else ignored.push('chain');
  }
  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') state.embed = embed === '1';
    else ignored.push('embed');
  }
  return { state, ignored };
}

/** Whether the page was opened as an embed (?embed=1), for the shell before the data loads. */
export function isEmbedUrl(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The query string for a state; defaults are left out so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.selectedId) params.set('select', state.selectedId);
  if (state.language !== 'zh') params.set('lang', state.language);
  if (state.filter) params.set('filter', `${state.filter.kind}:${state.filter.id}`);
  if (state.hiddenLayers.length > 0) params.set('hide', [...state.hiddenLayers].sort().join(','));
  if (state.camera) {
    const { center, zoom, bearing, pitch } = state.camera;
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (bearing || pitch) parts.push(round(bearing, 1), round(pitch, 1));
    params.set('cam', parts.join(','));
  }
  if (state.tour) {
    params.set('tour', state.tour.id);
    params.set('step', String(state.tour.step));
  }
  if (state.chain) {
    params.set('chain', state.chain.industryId);
    if (state.chain.linkId) params.set('link', state.chain.linkId);
  }
  if (state.embed) params.set('embed', '1');
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}

/**
 * The address that reopens `state` in the full app, from any page of it:
 * `location` is the page's origin and path (`https://host/map/`). A shared or
 * opened-out link never carries ?embed, so it shows the whole app.
 */
export function shareUrl(state: UrlState, location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}${serializeUrlState({ ...state, embed: false })}`;
}
