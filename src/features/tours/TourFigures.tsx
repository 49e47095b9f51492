import { useAppData, useAppStore } from '@/state/store-context';
import { SourceList } from '@/components/SourceList';
import { formatTargetValue } from '@/components/TargetList';
import { localText } from '@/lib/names';

/** A step's key figures: value and year from the targets data, each with its sources. */
export function TourFigures({ ids }: { ids: readonly string[] }) {
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const targets = ids.flatMap((id) => {
    const target = data.targetById.get(id);
    return target ? [target] : [];
  });
  if (targets.length === 0) return null;
  return (
    <ul className="tour-figures" data-testid="tour-figures">
      {targets.map((target) => (
        <li key={target.id} className="tour-figures__item" data-testid="tour-figure">
          <strong className="tour-figures__value">{formatTargetValue(target, language)}</strong>
          <span className="tour-figures__label">
            {localText(target.indicator, target.indicatorEn, language)}
            {target.year ? ` · ${target.year}` : ''}
          </span>
          <SourceList sources={target.sources} />
        </li>
      ))}
    </ul>
  );
}
