/**
 * Everything tours, loaded lazily when the tours panel opens or a tour is
 * played (e.g. from ?tour=<id>&step=<n>): the panel, the player and the
 * print document.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useMapCommands } from '@/map/map-commands';
import { thematicLayers } from '@/data/layer-catalog';
import type { Tour } from '@/data/tour-schema';
import { PrintDocument } from './PrintDocument';
import { captureTourPages, type PrintPage } from './print-tour';
import { tourContextFromAppData } from './step-resolution';
import { findTour } from '@/state/tour-library-slice';
import { ToursPanel } from './ToursPanel';
import { TourPlayer } from './TourPlayer';

export default function ToursRoot() {
  const data = useAppData();
  const store = useAppStoreApi();
  const commands = useMapCommands();
  const allLayerIds = useMemo(() => thematicLayers(data.features).map((layer) => layer.id), [data]);
  const context = useMemo(() => tourContextFromAppData(data, allLayerIds), [data, allLayerIds]);
  const library = useAppStore((state) => state.tourLibrary);
  const activeTour = useAppStore((state) => state.activeTour);
  const openView = useAppStore((state) => state.openView);
  const [printing, setPrinting] = useState<{ tour: Tour; pages: PrintPage[] } | null>(null);

  useEffect(() => {
    void store.getState().tourLibrary.ensureLoaded(context);
  }, [context, store]);

  const tour = activeTour ? findTour(library, activeTour.id) : null;
  useEffect(() => {
    // A link to a tour that is not here (e.g. one made in another browser): back to exploring.
    if (activeTour && library.status === 'ready' && !tour) store.getState().setActiveTour(null);
  }, [activeTour, library.status, tour, store]);

  const print = useCallback(
    async (printed: Tour) => {
      if (!commands.viewportSize()) return;
      const before = store.getState().activeTour;
      const pages = await captureTourPages(printed, store, commands, data, allLayerIds);
      store.getState().setActiveTour(before);
      setPrinting({ tour: printed, pages });
    },
    [commands, store, data, allLayerIds],
  );

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(null);
    window.addEventListener('afterprint', done);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  return (
    <>
      {openView === 'tours' && !tour && (
        <ToursPanel
          context={context}
          allLayerIds={allLayerIds}
          onPrint={(printed) => void print(printed)}
        />
      )}
      {tour && (
        <TourPlayer
          key={tour.id}
          tour={tour}
          allLayerIds={allLayerIds}
          onPrint={(printed) => void print(printed)}
        />
      )}
      {printing && <PrintDocument tour={printing.tour} pages={printing.pages} />}
    </>
  );
}
