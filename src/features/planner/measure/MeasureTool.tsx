import { useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/i18n/format';
import { areaUnits, lineLengthMetres, polygonAreaSquareMetres } from './measure';

/** Length in m below 1 km, else km. */
export function LengthText({ metres }: { metres: number }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  return metres < 1000
    ? t('planner.measure.metres', { value: formatNumber(metres, language, 0) })
    : t('planner.measure.kilometres', { value: formatNumber(metres / 1000, language, 3) });
}

export function AreaText({ squareMetres }: { squareMetres: number }) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const units = areaUnits(squareMetres);
  return (
    <span data-testid="area-text">
      {t('planner.measure.area', {
        m2: formatNumber(units.squareMetres, language, 0),
        ha: formatNumber(units.hectares, language, 2),
        km2: formatNumber(units.squareKilometres, language, 3),
        mu: formatNumber(units.mu, language, 1),
      })}
    </span>
  );
}

export function MeasureTool() {
  const store = useAppStoreApi();
  const t = useT();
  const tool = useAppStore((state) => state.planner.tool);
  const vertices = useAppStore((state) => state.planner.vertices);
  const isDrawing = useAppStore((state) => state.planner.isDrawing);
  const { startDrawing, finishDrawing, clearSketch } = store.getState().planner;
  return (
    <section className="planner__section" aria-label={t('planner.tab.measure')}>
      <div className="planner__row">
        <button
          type="button"
          className="button"
          aria-pressed={tool === 'distance'}
          data-testid="measure-distance"
          onClick={() => startDrawing('distance')}
        >
          {t('planner.measure.distance')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={tool === 'area'}
          data-testid="measure-area"
          onClick={() => startDrawing('area')}
        >
          {t('planner.measure.areaTool')}
        </button>
        {isDrawing && (
          <button
            type="button"
            className="button"
            data-testid="sketch-finish"
            onClick={finishDrawing}
          >
            {t('planner.sketch.finish')}
          </button>
        )}
        <button type="button" className="button" data-testid="sketch-clear" onClick={clearSketch}>
          {t('planner.sketch.clear')}
        </button>
      </div>
      <p className="planner__hint">
        {t(isDrawing ? 'planner.sketch.hintDrawing' : 'planner.sketch.hintEdit')}
      </p>
      {tool === 'distance' && (
        <p data-testid="measure-result">
          <LengthText metres={lineLengthMetres(vertices)} />
        </p>
      )}
      {tool === 'area' && (
        <p data-testid="measure-result">
          <AreaText squareMetres={polygonAreaSquareMetres(vertices)} />
          <br />
          {t('planner.measure.perimeter')}{' '}
          <LengthText
            metres={lineLengthMetres(vertices.length > 2 ? [...vertices, vertices[0]!] : vertices)}
          />
        </p>
      )}
    </section>
  );
}
