/**
 * The benchmark's floor: the fastest page that does the app's first job. It
 * draws the same style (buildStyle) from the same GeoJSON files (fetched as
 * built assets, like the app) with nothing else: no React, no store, no UI,
 * no record files and no validation. `npm run bench` compares the app's
 * navigation → data-map-idle time with this page's.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { buildMapData } from '@/data/map-data';
import type { Language } from '@/i18n/language';
import { afterNextPaint } from '@/lib/interaction-timing';
import type { AppData, PlanFeature } from '@/data/model';
import type { SystemId } from '@/data/schema';
import { MAP_BOUNDS } from '@/map/bounds';
import { buildStyle } from '@/map/style';
import { CSS_FONT_FAMILY } from '@/map/theme';
import { LISHUI_BOUNDS } from '@/state/view-slice';

const urls = import.meta.glob<string>(
  ['../../geodata/boundaries/*.geojson', '../../geodata/layers/*.geojson'],
  { query: '?url', import: 'default', eager: true },
);

async function main() {
  const files = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const response = await fetch(url);
      return [path.replace('../../geodata/', ''), (await response.json()) as FeatureCollection];
    }),
  );
  const byFile = Object.fromEntries(files) as Record<string, FeatureCollection>;
  const featuresBySystem = new Map<SystemId, PlanFeature[]>();
  for (const [file, collection] of Object.entries(byFile)) {
    if (!file.startsWith('layers/')) continue;
    for (const feature of collection.features as PlanFeature[]) {
      const system = feature.properties.system;
      featuresBySystem.set(system, [...(featuresBySystem.get(system) ?? []), feature]);
    }
  }
  // Only what buildMapData reads; the floor has no records.
  const data = {
    counties: byFile['boundaries/lishui-counties.geojson'],
    neighbours: byFile['boundaries/neighbour-counties.geojson'],
    outline: byFile['boundaries/lishui-outline.geojson'],
    featuresBySystem,
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
