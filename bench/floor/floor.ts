/**
 * The benchmark's floor: the fastest page that does the app's first job. It
 * draws the same style (buildStyle) from the same data file as the app (the
 * build's default-data bundle) with nothing else: no React, no store, no UI,
 * no records and no indices. `npm run bench` compares the app's
 * navigation → data-map-idle time with this page's.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import defaultGeodataUrl from 'virtual:default-geodata';
import type { GeodataBundle } from '@/data/geodata-bundle';
import { buildMapData } from '@/data/map-data';
import type { Language } from '@/i18n/language';
import { afterNextPaint } from '@/lib/interaction-timing';
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
