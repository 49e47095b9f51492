import { useT } from '@/i18n/use-t';
import { SYSTEMS } from '@/data/systems';
import { BASE_COLOURS, SYSTEM_COLOURS } from '@/map/theme';

/** Every symbol on the map, explained. Line samples are drawn with SVG. */
export function Legend() {
  const t = useT();
  const line = (colour: string, dash: string | undefined, width = 2) => (
    <svg width="34" height="12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="33"
        y2="6"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
  return (
    <section className="legend" aria-label={t('legend.title')} data-testid="legend">
      <h3 className="legend__title">{t('legend.title')}</h3>
      <ul>
        {SYSTEMS.map((system) => (
          <li key={system}>
            <span
              className="legend__patch"
              style={{ background: SYSTEM_COLOURS[system] }}
              aria-hidden="true"
            />
            {t(`layers.group.${system}`)}
          </li>
        ))}
        <li>
          {line('#555', '4 3')}
          {t('legend.schematic')}
        </li>
        <li>
          {line('#555', '10 4')}
          {t('legend.approximate')}
        </li>
        <li>
          {line('#555', undefined)}
          {t('legend.official')}
        </li>
        <li>
          <svg width="34" height="14" aria-hidden="true">
            <circle
              cx="17"
              cy="7"
              r="5"
              fill={BASE_COLOURS.halo}
              stroke={SYSTEM_COLOURS.city}
              strokeWidth="2.5"
            />
          </svg>
          {t('legend.countySeat')}
        </li>
        <li>
          {line(BASE_COLOURS.outline, undefined, 3)}
          {t('legend.cityOutline')}
        </li>
        <li>
          {line(BASE_COLOURS.countyLine, undefined, 1.2)}
          {t('legend.county')}
        </li>
        <li>
          {line(BASE_COLOURS.water, undefined, 2)}
          {t('legend.river')}
        </li>
        <li>
          <svg width="34" height="14" aria-hidden="true">
            <circle
              cx="17"
              cy="7"
              r="3"
              fill={BASE_COLOURS.placeDot}
              stroke={BASE_COLOURS.halo}
              strokeWidth="1"
            />
          </svg>
          {t('legend.place')}
        </li>
        <li>
          <span
            className="legend__patch"
            style={{
              background: BASE_COLOURS.neighbourFill,
              borderColor: BASE_COLOURS.neighbourLine,
            }}
            aria-hidden="true"
          />
          {t('legend.neighbour')}
        </li>
      </ul>
      <p className="legend__note">{t('attribution.boundaries')}</p>
    </section>
  );
}
