import { useState } from 'react';
import { useFocusReturn } from '@/components/use-focus-return';
import { useShallow } from 'zustand/react/shallow';
import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { planLayerIdOf } from '@/data/layer-catalog';
import { legendSystems } from '@/data/legend';
import { scaleBar } from '@/data/geo/scale-bar';
import { formatLength } from '@/i18n/format';
import { CSS_FONT_FAMILY, SYSTEM_COLOURS } from '@/map/theme';
import { composeMapImage, footerHeight, layoutLegend, type LegendEntry } from './compose-image';
import { tableToCsv } from '@/lib/csv';
import { downloadBlob, todayStamp } from '@/lib/download';
import { featureIdsForExport, type GeojsonScope } from './export-selection';
import { featuresToGeojson } from './geojson-export';
import { enterprisesTable, targetsTable } from './tables';

/** Print resolution of the map picture: 3 device pixels per CSS pixel (~288 dpi at screen size). */
const PRINT_PIXEL_RATIO = 3;
/** Longest scale bar on a picture, in CSS pixels of the map. */
const SCALE_BAR_MAX_PX = 120;

export default function ExportMenu({ onClose }: { onClose: () => void }) {
  const t = useT();
  const data = useAppData();
  const store = useAppStoreApi();
  const commands = useMapCommands();
  const { filter, selectedId, hiddenLayers, language } = useAppStore(
    useShallow((state) => ({
      language: state.language,
      filter: state.filter,
      selectedId: state.selectedId,
      hiddenLayers: state.hiddenLayers,
    })),
  );
  const [status, setStatus] = useState<string | null>(null);
  // A disclosure under its button: focus moves to its first export, Escape (when it is
  // the top-most panel) folds it and focus goes back to the button.
  const menuRef = useFocusReturn<HTMLDivElement>({ isOpen: true, onClose });

  const run = async (file: string, make: () => Promise<Blob> | Blob) => {
    setStatus(t('exports.working'));
    try {
      downloadBlob(file, await make());
      setStatus(t('exports.done', { file }));
    } catch (error) {
      setStatus(
        t('exports.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const mapPicture = async (pixelRatio: number): Promise<Blob> => {
    const exported = await commands.exportImage(pixelRatio);
    if (!exported) throw new Error('map not ready');
    const { canvas: mapCanvas } = exported;
    const scale =
      mapCanvas.width / Math.max(mapCanvas.clientWidth || mapCanvas.width / pixelRatio, 1);
    const { hiddenLayers: hidden, language } = store.getState();
    const legend: LegendEntry[] = legendSystems(data, hidden).map((system) => ({
      colour: SYSTEM_COLOURS[system],
      label: t(`layers.group.${system}`),
    }));
    const camera = commands.getCamera();
    const bar = camera ? scaleBar(camera.center[1], camera.zoom, SCALE_BAR_MAX_PX) : null;
    const output = document.createElement('canvas');
    const measureContext = output.getContext('2d');
    if (!measureContext) throw new Error('no 2D canvas');
    measureContext.font = `13px ${CSS_FONT_FAMILY}`;
    const rows = layoutLegend(
      legend,
      mapCanvas.width / scale,
      (text) => measureContext.measureText(text).width,
    ).rows;
    output.width = mapCanvas.width;
    output.height = mapCanvas.height + Math.ceil(footerHeight(rows) * scale);
    const context = output.getContext('2d')!;
    composeMapImage(context, {
      map: mapCanvas,
      mapWidth: mapCanvas.width,
      mapHeight: mapCanvas.height,
      scale,
      title: t('app.title'),
      subtitle: t('exports.imageSubtitle', { date: todayStamp() }),
      legend,
      attribution: [t('exports.attribution'), ...exported.attribution].join(' · '),
      fontFamily: CSS_FONT_FAMILY,
      furniture:
        camera && bar
          ? {
              scaleBar: { widthPx: bar.widthPx, label: formatLength(bar.metres / 1000, language) },
              bearing: camera.bearing,
              north: t('furniture.north'),
            }
          : undefined,
    });
    return new Promise((resolve, reject) =>
      output.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  };

  const geojson = (scope: GeojsonScope) => {
    const ids = featureIdsForExport(data, scope, { filter, selectedId, hiddenLayers });
    const collection = featuresToGeojson(data, ids);
    return new Blob([`${JSON.stringify(collection, null, 2)}\n`], { type: 'application/geo+json' });
  };
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  const stamp = todayStamp();
  const selectedIsFeature = selectedId !== null && data.featureById.has(selectedId);

  return (
    <div
      ref={menuRef}
      className="export-menu"
      role="group"
      aria-label={t('exports.open')}
      data-testid="export-menu"
    >
      <h3>{t('exports.groupMap')}</h3>
      <button
        type="button"
        className="button"
        data-testid="export-map-png"
        data-autofocus
        onClick={() =>
          void run(`lishui-map-${stamp}.png`, () => mapPicture(window.devicePixelRatio || 1))
        }
      >
        {t('exports.mapPng')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-map-png-print"
        onClick={() =>
          void run(`lishui-map-${stamp}-print.png`, () => mapPicture(PRINT_PIXEL_RATIO))
        }
      >
        {t('exports.mapPngPrint')}
      </button>
      <h3>{t('exports.groupData')}</h3>
      {filter && (
        <button
          type="button"
          className="button"
          data-testid="export-geojson-filter"
          onClick={() => void run(`lishui-filter-${filter.id}.geojson`, () => geojson('filter'))}
        >
          {t('exports.geojsonFilter')}
        </button>
      )}
      {selectedIsFeature && (
        <button
          type="button"
          className="button"
          data-testid="export-geojson-layer"
          onClick={() =>
            void run(
              `lishui-layer-${planLayerIdOf(data.featureById.get(selectedId)!.properties)}.geojson`,
              () => geojson('layer'),
            )
          }
        >
          {t('exports.geojsonLayer')}
        </button>
      )}
      <button
        type="button"
        className="button"
        data-testid="export-geojson-visible"
        onClick={() => void run(`lishui-visible-layers-${stamp}.geojson`, () => geojson('visible'))}
      >
        {t('exports.geojsonVisible')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-enterprises-csv"
        onClick={() =>
          void run(`lishui-enterprises-${stamp}.csv`, () =>
            csv(tableToCsv(enterprisesTable(data, language))),
          )
        }
      >
        {t('exports.enterprisesCsv')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-targets-csv"
        onClick={() =>
          void run(`lishui-targets-${stamp}.csv`, () =>
            csv(tableToCsv(targetsTable(data, language))),
          )
        }
      >
        {t('exports.targetsCsv')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="export-xlsx"
        onClick={() =>
          void run(`lishui-enterprises-targets-${stamp}.xlsx`, async () => {
            const { tablesToXlsx } = await import('@/lib/workbook');
            const buffer = await tablesToXlsx([
              enterprisesTable(data, language),
              targetsTable(data, language),
            ]);
            return new Blob([buffer], {
              type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            });
          })
        }
      >
        {t('exports.xlsx')}
      </button>
      {status && (
        <p className="export-menu__status" role="status" data-testid="export-status">
          {status}
        </p>
      )}
    </div>
  );
}
