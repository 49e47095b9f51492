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
            <img className="tour-print__map" src={page.imageUrl} alt={step.caption[language]} />
            <p className="tour-print__caption">{step.caption[language]}</p>
            <TourFigures ids={step.figures} />
          </section>
        );
      })}
    </div>,
    document.body,
  );
}
