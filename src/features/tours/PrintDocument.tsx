/**
 * The print-only document: one page per step with the map image, caption,
 * figures and their sources. Hidden on screen; app.css shows only this in
 * print, so the browser's "Save as PDF" gives one page per step.
 */
import { createPortal } from 'react-dom';
import { useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Tour } from '@/data/tour-schema';
import type { PrintPage } from './print-tour';
import { TourFigures } from './TourFigures';
import { MapFigure } from '@/components/MapFurniture';
import { scaleBar } from '@/data/geo/scale-bar';
import { formatLength } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import { SYSTEM_COLOURS } from '@/map/theme';

/** Longest scale bar, as a share of the picture's width. */
const SCALE_BAR_MAX_SHARE = 0.16;

export function PrintDocument({ tour, pages }: { tour: Tour; pages: PrintPage[] }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  return createPortal(
    <div className="tour-print" data-testid="tour-print-document">
      {pages.map((page) => {
        const step = tour.steps[page.number - 1];
        if (!step) return null;
        return (
          <section key={page.number} className="tour-print__page" data-testid="tour-print-page">
            <p className="tour-print__title">
              {tour.title[language]} ·{' '}
              {t('tours.counter', { step: page.number, total: tour.steps.length })}
            </p>
            <MapFigure
              aspectRatio={page.size.width / Math.max(page.size.height, 1)}
              scaleBar={printScaleBar(page, language)}
              bearing={page.camera?.bearing ?? 0}
              north={t('furniture.north')}
              legendTitle={t('furniture.legend')}
              legend={page.legend.map((system) => ({
                colour: SYSTEM_COLOURS[system],
                label: t(`layers.group.${system}`),
              }))}
            >
              <img className="tour-print__map" src={page.imageUrl} alt={step.caption[language]} />
            </MapFigure>
            <p className="tour-print__caption">{step.caption[language]}</p>
            <TourFigures ids={step.figures} />
          </section>
        );
      })}
    </div>,
    document.body,
  );
}

function printScaleBar(page: PrintPage, language: Language) {
  if (!page.camera) return null;
  const bar = scaleBar(
    page.camera.center[1],
    page.camera.zoom,
    page.size.width * SCALE_BAR_MAX_SHARE,
  );
  return {
    share: bar.widthPx / page.size.width,
    label: formatLength(bar.metres / 1000, language),
  };
}
