/**
 * The search box: an ARIA 1.2 combobox over features, counties, enterprises,
 * industries and targets. Focus stays in the input; the highlighted option is
 * announced through aria-activedescendant. Choosing a hit selects it on the map.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { pageBenchDataUrls } from '@/data/bench-urls';
import { afterNextPaint, markInteraction, measureInteraction } from '@/lib/interaction-timing';
import type { SearchClient } from './search-client';
import type { SearchHit } from './search-index';
import { useFittingPlaceholder } from './use-fitting-placeholder';
import './search.css';

const RESULT_LIMIT = 12;

export function SearchBox() {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const setFilter = useAppStore((state) => state.setFilter);
  const commands = useMapCommands();
  const inputRef = useRef<HTMLInputElement>(null);
  const placeholder = useFittingPlaceholder(
    inputRef,
    t('search.placeholder'),
    t('search.placeholderShort'),
  );

  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  // The index (pinyin for every name) is built on first use, in a Web Worker with
  // its pinyin dictionary, so it costs nothing before the first search and typing
  // never waits for it. `client` is set once the index is ready.
  const [isIndexWanted, setIsIndexWanted] = useState(false);
  const [client, setClient] = useState<SearchClient | null>(null);
  // False while a large register (a county's firms) is still being indexed: the
  // plans are searchable before it, and the open query is asked again after.
  const [isComplete, setIsComplete] = useState(false);
  useEffect(() => {
    if (!isIndexWanted) return;
    let cancelled = false;
    let created: SearchClient | null = null;
    // The client code loads then too: the first map view does not need it.
    void import('./search-client').then(({ createSearchClient }) => {
      if (cancelled) return;
      const started = createSearchClient(data, pageBenchDataUrls());
      created = started;
      started.ready.then(
        () => {
          if (!cancelled) setClient(started);
        },
        () => {},
      );
      started.complete.then(
        () => {
          if (!cancelled) setIsComplete(true);
        },
        () => {},
      );
    });
    return () => {
      cancelled = true;
      created?.dispose();
    };
  }, [data, isIndexWanted]);
  // Answers arrive asynchronously; the last one stays shown until the next lands.
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] }>({
    query: '',
    hits: [],
  });
  useEffect(() => {
    if (!client) return;
    let isCurrent = true;
    void client.search(query, RESULT_LIMIT).then((found) => {
      if (isCurrent) setAnswer({ query, hits: found });
    });
    return () => {
      isCurrent = false;
    };
  }, [client, query, isComplete]);
  // Ends the keystroke → results-painted measure once this answer is on screen.
  useEffect(() => afterNextPaint(() => measureInteraction('search')), [answer]);
  const hits = answer.hits;
  const isAnswered = client !== null && answer.query === query;

  const baseId = useId();
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const optionId = (position: number) => `${baseId}-option-${position}`;
  const hasQuery = query.trim().length > 0;
  const isListShown = isOpen && hits.length > 0;
  const activeHit = isListShown ? hits[Math.min(activeIndex, hits.length - 1)] : undefined;
  const activeOptionId = activeHit ? optionId(hits.indexOf(activeHit)) : undefined;

  useEffect(() => {
    if (!activeOptionId) return;
    // jsdom has no scrollIntoView; browsers keep the highlighted option visible.
    document.getElementById(activeOptionId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOptionId]);

  const choose = (hit: SearchHit) => {
    if (hit.targetFeatureId) {
      commands.showFeature(hit.targetFeatureId);
    } else if (hit.filterIndustryId) {
      setFilter({ kind: 'industry', id: hit.filterIndustryId });
    }
    setQuery(language === 'zh' ? hit.label : hit.labelEn);
    setIsOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!isListShown) {
          setIsOpen(true);
          setActiveIndex(event.key === 'ArrowDown' ? 0 : Math.max(hits.length - 1, 0));
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((Math.min(activeIndex, hits.length - 1) + step + hits.length) % hits.length);
        return;
      }
      case 'Enter':
        if (activeHit) {
          event.preventDefault();
          choose(activeHit);
        }
        return;
      case 'Escape':
        // First Escape closes the list, a second one clears the query.
        if (isListShown || (isOpen && hasQuery)) {
          event.preventDefault();
          setIsOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        return;
      case 'Tab':
        setIsOpen(false);
        return;
      default:
    }
  };

  return (
    <div className="search" data-testid="search">
      <input
        ref={inputRef}
        type="search"
        className="search__input"
        role="combobox"
        aria-label={t('search.label')}
        aria-describedby={hintId}
        aria-autocomplete="list"
        aria-expanded={isListShown}
        aria-controls={listId}
        aria-activedescendant={activeOptionId}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query}
        data-testid="search-input"
        data-index-ready={client ? (isComplete ? 'true' : 'partial') : 'false'}
        onFocus={() => setIsIndexWanted(true)}
        onChange={(event) => {
          setIsIndexWanted(true);
          markInteraction('search');
          setQuery(event.target.value);
          setActiveIndex(0);
          setIsOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setIsOpen(false)}
      />
      {client && !isComplete && (
        <span className="search__pending" data-testid="search-pending" aria-live="polite">
          {t('search.indexing')}
        </span>
      )}
      <span id={hintId} className="search__visually-hidden">
        {t('search.hint')}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search__list"
        hidden={!isListShown}
        data-testid="search-results"
      >
        {isListShown &&
          hits.map((hit, position) => {
            const label = language === 'zh' ? hit.label : hit.labelEn;
            const detail = language === 'zh' ? hit.detail : hit.detailEn;
            const isActive = hit === activeHit;
            return (
              <li
                key={`${hit.kind}:${hit.id}`}
                id={optionId(position)}
                role="option"
                aria-selected={isActive}
                className={isActive ? 'search__option search__option--active' : 'search__option'}
                data-testid="search-result"
                data-kind={hit.kind}
                data-id={hit.id}
                // Keep focus in the input while the pointer picks an option.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActiveIndex(position)}
                onClick={() => choose(hit)}
              >
                <span className={`search__kind search__kind--${hit.kind}`}>
                  {t(`search.kind.${hit.kind}`)}
                </span>
                <span className="search__text">
                  <span className="search__label">{label}</span>
                  {(detail || hit.tags.length > 0) && (
                    <span className="search__detail">
                      {[...hit.tags.map((tag) => t(`search.tag.${tag}`)), detail]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
      </ul>
      {isOpen && hasQuery && isAnswered && hits.length === 0 && (
        <div className="search__empty" data-testid="search-empty">
          {t(isComplete ? 'search.noResults' : 'search.noResultsYet', { query: query.trim() })}
        </div>
      )}
      <span role="status" className="search__visually-hidden">
        {isOpen && hasQuery && isAnswered ? t('search.resultCount', { count: hits.length }) : ''}
      </span>
    </div>
  );
}
