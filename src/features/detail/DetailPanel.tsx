import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName } from '@/lib/names';
import {
  afterNextPaint,
  measureInteraction,
  measureInteractionStep,
} from '@/lib/interaction-timing';
import { detailFor } from '@/data/sites/detail-model';
import { countyCodeOf } from '@/data/county-id';
import { useFocusReturn } from '@/components/use-focus-return';
import { CountyBody } from './CountyBody';
import { FeatureBody } from './FeatureBody';

/** The side panel for the selected site: close, other sites under the click, and its body. */
export function DetailPanel() {
  const t = useT();
  const data = useAppData();
  const selectedId = useAppStore((state) => state.selectedId);
  const select = useAppStore((state) => state.select);
  const detail = useMemo(
    () => (selectedId ? detailFor(data, selectedId) : null),
    [data, selectedId],
  );
  // Ends the click → detail-painted measure (started by the map click) once this paint lands.
  useEffect(() => {
    if (!selectedId) return undefined;
    // React has committed the panel; the paint (with the map's own frame) comes next.
    measureInteractionStep('detail', 'commit');
    return afterNextPaint(() => measureInteraction('detail'));
  }, [selectedId]);
  // Each newly selected site brings focus to its name, so a keyboard or screen-reader
  // user lands on what was opened; closing hands focus back to where it came from.
  const panelRef = useFocusReturn<HTMLElement>({
    isOpen: detail !== null,
    onClose: () => select(null),
    focusKey: selectedId,
  });
  if (!detail) return null;
  return (
    <aside
      ref={panelRef}
      className="panel detail-panel"
      data-testid="detail-panel"
      aria-label={t('detail.panelLabel')}
    >
      <button
        type="button"
        className="detail-panel__close"
        aria-label={t('detail.close')}
        onClick={() => select(null)}
        data-testid="detail-close"
      >
        ×
      </button>
      <AlsoHere />
      {detail.kind === 'feature' ? <FeatureBody detail={detail} /> : <CountyBody detail={detail} />}
    </aside>
  );
}

/** After a map click on overlapping shapes: the other features under the pointer. */
function AlsoHere() {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const selectedId = useAppStore((state) => state.selectedId);
  const pickedIds = useAppStore(useShallow((state) => state.pickedIds));
  const pick = useAppStore((state) => state.pick);
  const others = pickedIds.filter((id) => id !== selectedId);
  if (others.length === 0) return null;
  return (
    <nav className="also-here" aria-label={t('detail.alsoHere')} data-testid="also-here">
      <span className="muted">{t('detail.alsoHere')}</span>
      <ul className="chips">
        {others.map((id) => {
          const record =
            data.featureById.get(id)?.properties ??
            data.countyByCode.get(countyCodeOf(id) ?? '')?.properties;
          if (!record) return null;
          return (
            <li key={id}>
              <button
                type="button"
                className="chip chip--quiet"
                data-testid="also-here-item"
                onClick={() => pick([id, ...pickedIds.filter((other) => other !== id)])}
              >
                {localName(record, language)}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
