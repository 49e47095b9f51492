import { useMemo } from 'react';
import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { useFocusReturn } from '@/components/use-focus-return';
import { featureIdsForFilter } from '@/data/filter';
import { localName } from '@/lib/names';
import { countyCodeOf } from '@/data/county-id';

/** The active filter: what it is, what it keeps (clickable), and how to clear it. */
export function FilterBar() {
  const t = useT();
  const data = useAppData();
  const filter = useAppStore((state) => state.filter);
  const language = useAppStore((state) => state.language);
  const setFilter = useAppStore((state) => state.setFilter);
  const commands = useMapCommands();
  const matches = useMemo(() => {
    if (!filter) return [];
    return [...featureIdsForFilter(data, filter)].flatMap((id) => {
      const feature = data.featureById.get(id);
      if (feature) return [{ id, label: localName(feature.properties, language) }];
      const county = data.countyByCode.get(countyCodeOf(id) ?? '');
      return county ? [{ id, label: localName(county.properties, language) }] : [];
    });
  }, [data, filter, language]);
  // Escape clears the filter when it is the latest thing opened; it takes no focus.
  const barRef = useFocusReturn<HTMLElement>({
    isOpen: filter !== null,
    onClose: () => setFilter(null),
    moveFocus: false,
  });
  if (!filter) return null;
  const name =
    filter.kind === 'industry'
      ? localName(data.industryById.get(filter.id) ?? { name: filter.id }, language)
      : localName(data.countyByCode.get(filter.id)?.properties ?? { name: filter.id }, language);
  return (
    <section
      ref={barRef}
      className="filter-bar"
      data-testid="filter-bar"
      aria-label={t('filter.label')}
    >
      <div className="filter-bar__head">
        <strong>
          {filter.kind === 'industry'
            ? t('filter.industry', { name })
            : t('filter.county', { name })}
        </strong>
        <span className="muted" data-testid="filter-count">
          {t('filter.count', { count: matches.length })}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => setFilter(null)}
          data-testid="filter-clear"
        >
          {t('filter.clear')}
        </button>
      </div>
      {matches.length === 0 ? (
        <p className="muted">{t('filter.none')}</p>
      ) : (
        <ul className="filter-bar__list">
          {matches.map((match) => (
            <li key={match.id}>
              <button
                type="button"
                className="chip"
                data-testid="filter-match"
                onClick={() => commands.showFeature(match.id)}
              >
                {match.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
