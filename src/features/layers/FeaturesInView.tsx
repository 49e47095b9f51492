import { useMemo, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { featuresInView } from '@/data/geo/features-in-view';
import { featureIdsForFilter } from '@/data/filter';
import { countyCodeOf } from '@/data/county-id';
import { LISHUI_BOUNDS } from '@/state/view-slice';
import { localName } from '@/lib/names';

/**
 * "图中要素 / Features in view": the map's features within the current view, as
 * buttons, so that keyboard and screen-reader users reach what a mouse user clicks.
 * Reads the store (the view as of the last finished move, hidden layers, the
 * filter), never the map; Enter or a click opens a feature's detail as a map click does.
 */
export function FeaturesInView() {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const viewBounds = useAppStore((state) => state.viewBounds);
  const hiddenLayers = useAppStore(useShallow((state) => state.hiddenLayers));
  const filter = useAppStore((state) => state.filter);
  const selectedId = useAppStore((state) => state.selectedId);
  const pick = useAppStore((state) => state.pick);

  const items = useMemo(() => {
    const keptIds = filter ? featureIdsForFilter(data, filter) : null;
    return featuresInView(data, viewBounds ?? LISHUI_BOUNDS, { hiddenLayers, keptIds }).flatMap(
      (id) => {
        const feature = data.featureById.get(id);
        if (feature) return [{ id, name: localName(feature.properties, language) }];
        const county = data.countyByCode.get(countyCodeOf(id) ?? '');
        return county ? [{ id, name: localName(county.properties, language) }] : [];
      },
    );
  }, [data, viewBounds, hiddenLayers, filter, language]);

  // Arrow keys, Home and End move between the features (Tab goes through them too).
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null || buttons.length === 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  return (
    <section
      className="features-in-view"
      aria-labelledby="features-in-view-title"
      data-testid="features-in-view"
    >
      <h3 id="features-in-view-title" className="features-in-view__title">
        {t('inView.title')}
      </h3>
      <p className="features-in-view__hint" id="features-in-view-hint">
        {filter
          ? t('inView.filtered', { count: items.length })
          : t('inView.count', { count: items.length })}{' '}
        {t('inView.hint')}
      </p>
      {items.length === 0 ? (
        <p className="muted">{t('inView.none')}</p>
      ) : (
        <ul className="features-in-view__list" onKeyDown={onKeyDown}>
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="features-in-view__item"
                aria-current={item.id === selectedId ? 'true' : undefined}
                aria-describedby="features-in-view-hint"
                data-testid="features-in-view-item"
                data-feature-id={item.id}
                onClick={() => pick([item.id])}
              >
                {item.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
