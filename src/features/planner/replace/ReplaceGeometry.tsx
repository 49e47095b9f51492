import { useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName } from '@/lib/names';
import { replacePlanGeometry } from './replace-geometry';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/geo+json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The project's layer files, emitted as assets (fetched only when a shape is replaced). */
const LAYER_FILE_URLS = import.meta.glob<string>('/geodata/layers/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Finds the layer file holding a plan feature and reads it again, as untrusted JSON. */
async function findLayerFile(featureId: string): Promise<{ file: string; json: unknown } | null> {
  for (const [path, url] of Object.entries(LAYER_FILE_URLS)) {
    const file = path.replace(/^\/geodata\//, '');
    const json: unknown = await (await fetch(url)).json();
    const features =
      (json as { features?: Array<{ properties?: { id?: unknown } }> }).features ?? [];
    if (features.some((feature) => feature.properties?.id === featureId)) return { file, json };
  }
  return null;
}

/**
 * Uses one feature of an imported layer as the official geometry of a plan
 * feature and downloads the corrected geodata/layers file for the project.
 */
export function ReplaceGeometry({
  layerName,
  collection,
}: {
  layerName: string;
  collection: FeatureCollection;
}) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const [sourceIndex, setSourceIndex] = useState(0);
  const [targetId, setTargetId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const candidates = useMemo(
    () => data.features.filter((feature) => feature.properties.system !== 'enclave'),
    [data],
  );
  const source = collection.features[sourceIndex];

  const run = async () => {
    if (!source?.geometry || !targetId) return;
    const layer = await findLayerFile(targetId);
    if (!layer) return setMessage(t('replace.notFound'));
    const result = replacePlanGeometry(
      layer.json,
      targetId,
      source.geometry,
      layerName,
      new Date().toISOString().slice(0, 10),
    );
    if (!result.ok) return setMessage(t('replace.failed', { reason: result.error }));
    download(result.data.text, layer.file.replace('layers/', ''));
    setMessage(t('replace.done', { name: result.data.featureName, file: `geodata/${layer.file}` }));
  };

  return (
    <details className="planner__replace" data-testid="replace-geometry">
      <summary>{t('replace.title')}</summary>
      <p className="planner__muted">{t('replace.hint')}</p>
      {collection.features.length > 1 && (
        <label>
          {t('replace.source')}
          <select
            value={sourceIndex}
            onChange={(event) => setSourceIndex(Number(event.target.value))}
          >
            {collection.features.map((feature, index) => (
              <option key={index} value={index}>
                {String(feature.properties?.name ?? t('planner.layers.featureN', { n: index + 1 }))}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('replace.target')}
        <select
          value={targetId}
          data-testid="replace-target"
          onChange={(event) => setTargetId(event.target.value)}
        >
          <option value="">—</option>
          {candidates.map((feature) => (
            <option key={feature.properties.id} value={feature.properties.id}>
              {localName(feature.properties, language)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        disabled={!targetId}
        data-testid="replace-export"
        onClick={() => void run()}
      >
        {t('replace.export')}
      </button>
      {message && (
        <p role="status" data-testid="replace-status">
          {message}
        </p>
      )}
    </details>
  );
}
