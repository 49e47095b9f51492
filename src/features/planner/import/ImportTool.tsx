import { useMemo, useRef, useState, type DragEvent } from 'react';
import { bbox } from '@turf/bbox';
import { useMapCommands, type Bounds } from '@/map/map-commands';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import {
  afterNextPaint,
  markInteraction,
  measureInteraction,
  measureInteractionStep,
} from '@/lib/interaction-timing';
import { boundaryLines, detectGcj02, gcj02ToWgs84, SegmentIndex } from './gcj02';
import { importFile } from './import-client';
import { describeImportProblem, describeImportWarning } from './import-messages';
import {
  MAX_FILE_BYTES,
  type ImportProblem,
  type ImportWarning,
} from '@/data/planner/import-problem';
import { deleteLayer, saveLayer, type UserLayerRecord } from '@/data/planner/planner-db';
import { featureLabel, userFeatureId } from '@/data/planner/user-map-features';
import { ReplaceGeometry } from '@/features/planner/replace/ReplaceGeometry';

const COLOURS = ['#7c3aed', '#0891b2', '#ca8a04', '#16a34a', '#dc2626', '#2563eb'];

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'failed'; fileName: string; problems: ImportProblem[]; problemCount: number }
  | {
      kind: 'done';
      fileName: string;
      count: number;
      warnings: ImportWarning[];
      /** False when browser storage refused the layer (private window, full): shown, not kept. */
      kept: boolean;
    };

/** The notes an accepted file came with, as plain text lines. */
function ImportWarnings({ warnings, testId }: { warnings: ImportWarning[]; testId: string }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <div className="planner__notice" data-testid={testId}>
      <p>{t('planner.import.warning.title')}</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>{describeImportWarning(warning, t)}</li>
        ))}
      </ul>
    </div>
  );
}

function LayerItem({ layer, suggestGcj }: { layer: UserLayerRecord; suggestGcj: boolean }) {
  const store = useAppStoreApi();
  const t = useT();
  const commands = useMapCommands();
  const select = useAppStore((state) => state.select);
  const hidden = useAppStore((state) => state.planner.hiddenLayerIds.includes(layer.id));
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const features = layer.featureCollection.features;
  const matches = features
    .map((feature, index) => ({
      index,
      label: featureLabel(feature.properties) || t('planner.layers.featureN', { n: index + 1 }),
    }))
    .filter((item) => item.label.toLowerCase().includes(query.trim().toLowerCase()))
    .slice(0, 200);

  const convert = async () => {
    const converted: UserLayerRecord = {
      ...layer,
      featureCollection: gcj02ToWgs84(layer.featureCollection),
      convertedFromGcj02: true,
    };
    // Converted in this session even if storage refuses it; the stored copy stays as it was.
    await saveLayer(converted).catch(() => undefined);
    const state = store.getState().planner;
    state.setLayers(state.layers.map((other) => (other.id === layer.id ? converted : other)));
  };
  const remove = async () => {
    await deleteLayer(layer.id);
    const state = store.getState().planner;
    state.setLayers(state.layers.filter((other) => other.id !== layer.id));
  };
  const focus = (index: number) => {
    const feature = features[index];
    select(userFeatureId(layer.id, index));
    if (feature?.geometry) commands.frameBounds(bbox(feature) as Bounds, 15);
  };

  return (
    <li className="planner__layer" data-testid="user-layer">
      <div className="planner__row">
        <span className="planner__swatch" style={{ background: layer.color }} aria-hidden="true" />
        <button
          type="button"
          className="planner__link"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {layer.name}
        </button>
        <span className="planner__muted">{t('planner.layers.count', { n: features.length })}</span>
      </div>
      {suggestGcj && !layer.convertedFromGcj02 && (
        <p className="planner__notice" role="status" data-testid="gcj-suggestion">
          {t('planner.gcj.suggest')}
        </p>
      )}
      <div className="planner__row">
        <button
          type="button"
          className="button"
          onClick={() => store.getState().planner.toggleLayerHidden(layer.id)}
        >
          {t(hidden ? 'planner.layers.show' : 'planner.layers.hide')}
        </button>
        {!layer.convertedFromGcj02 && (
          <button
            type="button"
            className="button"
            data-testid="gcj-convert"
            onClick={() => void convert()}
          >
            {t('planner.gcj.convert')}
          </button>
        )}
        <button
          type="button"
          className="button"
          data-testid="user-layer-remove"
          onClick={() => void remove()}
        >
          {t('planner.remove')}
        </button>
      </div>
      {layer.convertedFromGcj02 && <p className="planner__muted">{t('planner.gcj.converted')}</p>}
      <ImportWarnings warnings={layer.warnings ?? []} testId="user-layer-warnings" />
      <ReplaceGeometry layerName={layer.name} collection={layer.featureCollection} />
      {open && (
        <>
          <input
            type="search"
            className="planner__search"
            placeholder={t('planner.layers.search')}
            aria-label={t('planner.layers.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ul className="planner__list" data-testid="user-layer-features">
            {matches.map((item) => (
              <li key={item.index}>
                <button type="button" className="planner__link" onClick={() => focus(item.index)}>
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export function ImportTool() {
  const store = useAppStoreApi();
  const t = useT();
  const data = useAppData();
  const layers = useAppStore((state) => state.planner.layers);
  const skipped = useAppStore((state) => state.planner.skippedRecords);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [suggested, setSuggested] = useState<ReadonlySet<string>>(new Set());
  const [dragOver, setDragOver] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const boundaryIndex = useMemo(() => new SegmentIndex(boundaryLines(data.counties)), [data]);

  const handle = async (file: File) => {
    markInteraction('import');
    setStatus({ kind: 'busy', fileName: file.name });
    const outcome = await importFile(file);
    // Read, parsed and checked in the worker, and handed back (lishui:import:worker).
    measureInteractionStep('import', 'worker');
    if (!outcome.ok) {
      setStatus({
        kind: 'failed',
        fileName: file.name,
        problems: outcome.problems,
        problemCount: outcome.problemCount,
      });
      return;
    }
    const state = store.getState().planner;
    const record: UserLayerRecord = {
      version: 1,
      id: `l${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`,
      name: file.name.replace(/\.[^.]+$/, '').slice(0, 80) || file.name,
      fileName: file.name.slice(0, 200),
      format: outcome.format,
      color: COLOURS[state.layers.length % COLOURS.length]!,
      createdAt: new Date().toISOString(),
      convertedFromGcj02: false,
      featureCollection: outcome.featureCollection,
      ...(outcome.warnings.length > 0 ? { warnings: outcome.warnings } : {}),
    };
    let kept = true;
    try {
      await saveLayer(record);
    } catch {
      kept = false;
    }
    // Written to IndexedDB, or refused by it (lishui:import:stored).
    measureInteractionStep('import', 'stored');
    state.setLayers([...store.getState().planner.layers, record]);
    if (detectGcj02(record.featureCollection, boundaryIndex).suggest)
      setSuggested((previous) => new Set([...previous, record.id]));
    setStatus({
      kind: 'done',
      fileName: file.name,
      count: record.featureCollection.features.length,
      warnings: outcome.warnings,
      kept,
    });
    // Stored and listed with its count on screen (lishui:import), timed by npm run bench.
    afterNextPaint(() => measureInteraction('import'));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void handle(file);
  };

  return (
    <section className="planner__section" aria-label={t('planner.tab.import')}>
      <div
        className={`planner__drop${dragOver ? ' planner__drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <p>{t('planner.import.drop', { mb: MAX_FILE_BYTES / 1024 / 1024 })}</p>
        <button type="button" className="button" onClick={() => inputRef.current?.click()}>
          {t('planner.import.choose')}
        </button>
        <input
          ref={inputRef}
          type="file"
          hidden
          data-testid="import-input"
          accept=".geojson,.json,.kml,.gpx,.csv,.tsv,.txt,.xlsx,.zip"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void handle(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite" data-testid="import-status">
        {status.kind === 'busy' && <p>{t('planner.import.busy', { file: status.fileName })}</p>}
        {status.kind === 'done' && (
          <>
            <p>{t('planner.import.done', { file: status.fileName, n: status.count })}</p>
            <ImportWarnings warnings={status.warnings} testId="import-warnings" />
            {!status.kept && (
              <p className="planner__notice" role="alert" data-testid="import-not-kept">
                {t('planner.import.notKept')}
              </p>
            )}
          </>
        )}
        {status.kind === 'failed' && (
          <div className="planner__problems" data-testid="import-problems">
            <p>{t('planner.import.failed', { file: status.fileName, n: status.problemCount })}</p>
            <ul>
              {status.problems.map((problem, index) => (
                <li key={index}>{describeImportProblem(problem, t)}</li>
              ))}
            </ul>
            {status.problemCount > status.problems.length && (
              <p>{t('planner.import.more', { n: status.problemCount - status.problems.length })}</p>
            )}
          </div>
        )}
      </div>
      {skipped > 0 && (
        <p className="planner__notice">{t('planner.layers.skipped', { n: skipped })}</p>
      )}
      <h3 className="planner__heading">{t('planner.layers.title')}</h3>
      {layers.length === 0 ? (
        <p className="planner__muted">{t('planner.layers.empty')}</p>
      ) : (
        <ul className="planner__list" data-testid="user-layers">
          {layers.map((layer) => (
            <LayerItem key={layer.id} layer={layer} suggestGcj={suggested.has(layer.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
