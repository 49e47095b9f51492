/**
 * The benchmark's floor: the fastest page that does the app's first job. It
 * draws the same style (buildStyle) from the same data file as the app (the
 * build's default-data bundle) with nothing else: no React, no store, no UI,
 * no records and no indices. `npm run bench` compares the app's
 * navigation → data-map-idle time with this page's, and each interaction
 * with the least work that does the same here: a click writes the picked
 * feature's name into a panel and marks it selected (feature-state); a
 * keystroke filters the features' names on the main thread and lists the
 * first hits; a language switch sets each symbol layer's text.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import defaultGeodataUrl from 'virtual:default-geodata';
import type { GeodataBundle } from '@/data/geodata-bundle';
import { buildMapData } from '@/data/map-data';
import type { Language } from '@/i18n/language';
import { afterNextPaint } from '@/lib/interaction-timing';
import { FeaturePicker } from '@/map/picking';
import type { FeatureRef } from '@/map/map-api';
import type { AppData, PlanFeature } from '@/data/model';
import type { SystemId } from '@/data/schema';
import { MAP_BOUNDS } from '@/data/geo/map-bounds';
import { buildStyle } from '@/map/style';
import { CSS_FONT_FAMILY } from '@/map/theme';
import { LISHUI_BOUNDS } from '@/state/view-slice';

async function main() {
  // The app's default-data file (the same fetch); only the shapes are used.
  const bundle = (await (await fetch(defaultGeodataUrl)).json()) as Extract<
    GeodataBundle,
    { data: unknown }
  >;
  const featuresBySystem = new Map<SystemId, PlanFeature[]>();
  for (const feature of bundle.data.features) {
    const system = feature.properties.system;
    featuresBySystem.set(system, [...(featuresBySystem.get(system) ?? []), feature]);
  }
  // Only what buildMapData reads: no records, no indices.
  const data = {
    counties: bundle.data.counties,
    neighbours: bundle.data.neighbours,
    outline: bundle.data.outline,
    featuresBySystem,
    labelPoints: bundle.labelPoints,
  } as unknown as AppData;
  const mapData = buildMapData(data);
  const styleIn = (language: Language) =>
    buildStyle(mapData, { language, basemap: 'none', tiandituToken: null, visibleLayers: null });
  const style = styleIn('zh');
  const container = document.getElementById('map')!;
  const map = new MapLibreMap({
    container,
    style,
    bounds: LISHUI_BOUNDS,
    // The app's opening padding on a wide screen (layer panel on the left).
    fitBoundsOptions: { padding: { top: 50, right: 40, bottom: 50, left: 330 }, maxZoom: 13 },
    maxBounds: MAP_BOUNDS,
    attributionControl: false,
    localIdeographFontFamily: CSS_FONT_FAMILY,
  });
  map.once('idle', () => container.setAttribute('data-map-idle', 'true'));

  // Click → detail: the same pick as the app (its FeaturePicker), then the least a detail
  // view is: the name in a panel and the feature drawn selected. Timed like the app's
  // `lishui:detail`, from after the pick to the panel's paint (`floor:detail`).
  const nameById = new Map(
    bundle.data.features.map((feature) => [feature.properties.id, feature.properties.name]),
  );
  const picker = new FeaturePicker(map, style.layers);
  const panel = document.getElementById('panel')!;
  let selected: FeatureRef | null = null;
  map.on('click', (event) => {
    const hit = picker.pickTop(event.point);
    if (!hit) return;
    const start = performance.now();
    panel.textContent = nameById.get(hit.id) ?? hit.id;
    panel.hidden = false;
    // As in the app (YieldingMap.yieldNextFrame), the panel paints first and the map draws
    // the selection in a later frame: a software-WebGL frame would hold the panel's paint.
    afterNextPaint(() => {
      performance.measure('floor:detail', { start });
      if (selected) map.setFeatureState(selected, { selected: false });
      selected = hit;
      map.setFeatureState(hit, { selected: true });
    });
  });

  // Keystroke → results: a substring filter over the features' names (zh and en) on the main
  // thread, the first eight listed; `floor:search`, from the input event to the paint.
  const names = bundle.data.features.map((feature) => ({
    name: feature.properties.name,
    haystack: `${feature.properties.name} ${feature.properties.nameEn ?? ''}`.toLowerCase(),
  }));
  const input = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('results')!;
  input.addEventListener('input', () => {
    const start = performance.now();
    const query = input.value.trim().toLowerCase();
    const hits = query === '' ? [] : names.filter((entry) => entry.haystack.includes(query));
    results.replaceChildren(
      ...hits.slice(0, 8).map((hit) => {
        const item = document.createElement('li');
        item.textContent = hit.name;
        return item;
      }),
    );
    afterNextPaint(() => performance.measure('floor:search', { start }));
  });

  // The bare way to switch label language, for the bench's reference row: set each
  // symbol layer's text to the other language's; ms until that frame is on screen.
  let language: Language = 'zh';
  (window as unknown as FloorWindow).__floorSwitchLanguage = () =>
    new Promise((resolve) => {
      language = language === 'zh' ? 'en' : 'zh';
      const start = performance.now();
      map.once('idle', () => afterNextPaint(() => resolve(performance.now() - start)));
      for (const layer of styleIn(language).layers)
        if (layer.type === 'symbol' && layer.layout?.['text-field'] !== undefined)
          map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
    });
}

export interface FloorWindow {
  /** Switches the labels' language; resolves with ms until the new labels are on screen. */
  __floorSwitchLanguage: () => Promise<number>;
}

void main();
