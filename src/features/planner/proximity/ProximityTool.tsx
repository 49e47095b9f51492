import { useMemo, useState } from 'react';
import type { Geometry } from 'geojson';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/i18n/format';
import { localName } from '@/lib/names';
import { findUserFeature, siteRing, candidateFeatureId } from '@/data/planner/user-map-features';
import { AXIS_IDS, axisDistanceTable, nearbyFeatures, type NearbyItem } from './proximity';
import { countyCodeOf } from '@/data/county-id';

function AxisTable() {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const rows = useMemo(() => axisDistanceTable(data), [data]);
  const [sortBy, setSortBy] = useState<(typeof AXIS_IDS)[number] | 'name'>(AXIS_IDS[0]);
  const [ascending, setAscending] = useState(true);
  const nameOf = (id: string) => {
    const feature = data.featureById.get(id);
    return feature ? localName(feature.properties, language) : id;
  };
  const sorted = [...rows].sort((a, b) => {
    const order =
      sortBy === 'name'
        ? nameOf(a.platformId).localeCompare(nameOf(b.platformId), language)
        : (a.distances[sortBy] ?? Infinity) - (b.distances[sortBy] ?? Infinity);
    return ascending ? order : -order;
  });
  const header = (key: typeof sortBy, label: string) => (
    <th aria-sort={sortBy === key ? (ascending ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="planner__link"
        onClick={() => {
          setAscending(sortBy === key ? !ascending : true);
          setSortBy(key);
        }}
      >
        {label}
      </button>
    </th>
  );
  return (
    <table className="planner__table" data-testid="axis-table">
      <thead>
        <tr>
          {header('name', t('planner.proximity.platform'))}
          {AXIS_IDS.map((id) => header(id, nameOf(id)))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.platformId}>
            <td>{nameOf(row.platformId)}</td>
            {AXIS_IDS.map((id) => (
              <td key={id}>
                {row.distances[id] === null ? '—' : formatNumber(row.distances[id], language, 1)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProximityTool() {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const selectedId = useAppStore((state) => state.selectedId);
  const setProximity = useAppStore((state) => state.setProximity);
  const layers = useAppStore((state) => state.planner.layers);
  const sites = useAppStore((state) => state.planner.sites);
  const vertices = useAppStore((state) => state.planner.vertices);
  const tool = useAppStore((state) => state.planner.tool);
  const [radiusKm, setRadiusKm] = useState(5);
  const [results, setResults] = useState<NearbyItem[] | null>(null);

  const shape: Geometry | null = useMemo(() => {
    if (tool && vertices.length >= 2) {
      return tool === 'distance' || vertices.length < 3
        ? { type: 'LineString', coordinates: vertices }
        : { type: 'Polygon', coordinates: [siteRing(vertices)] };
    }
    if (!selectedId) return null;
    const plan = data.featureById.get(selectedId)?.geometry;
    if (plan) return plan;
    if (countyCodeOf(selectedId) !== null)
      return data.countyByCode.get(countyCodeOf(selectedId) ?? '')?.geometry ?? null;
    const site = sites.find((candidate) => candidateFeatureId(candidate.id) === selectedId);
    if (site) return { type: 'Polygon', coordinates: [siteRing(site.vertices)] };
    return findUserFeature(layers, selectedId)?.feature.geometry ?? null;
  }, [tool, vertices, selectedId, data, sites, layers]);

  const nameOf = (item: NearbyItem) => {
    if (item.kind === 'enterprise') {
      const enterprise = data.enterpriseById.get(item.id);
      return enterprise ? localName(enterprise, language) : item.id;
    }
    if (item.kind === 'county') {
      const county = data.countyByCode.get(countyCodeOf(item.id) ?? '');
      return county ? localName(county.properties, language) : item.id;
    }
    const feature = data.featureById.get(item.id);
    return feature ? localName(feature.properties, language) : item.id;
  };

  const run = () => {
    if (!shape) return;
    const found = nearbyFeatures(shape, radiusKm, data);
    setResults(found);
    const ids = new Set(found.map((item) => item.featureId ?? item.id));
    setProximity(ids);
  };
  const clear = () => {
    setResults(null);
    setProximity(null);
  };

  return (
    <section className="planner__section" aria-label={t('planner.tab.proximity')}>
      <p className="planner__hint">
        {t(shape ? 'planner.proximity.ready' : 'planner.proximity.needShape')}
      </p>
      <div className="planner__row">
        <label>
          {t('planner.proximity.radius')}{' '}
          <input
            type="number"
            min={0.1}
            max={100}
            step={0.5}
            value={radiusKm}
            data-testid="proximity-radius"
            onChange={(event) =>
              setRadiusKm(Math.min(100, Math.max(0.1, Number(event.target.value) || 0.1)))
            }
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!shape}
          data-testid="proximity-run"
          onClick={run}
        >
          {t('planner.proximity.run')}
        </button>
        <button type="button" className="button" onClick={clear}>
          {t('planner.sketch.clear')}
        </button>
      </div>
      {results && (
        <ul className="planner__list" data-testid="proximity-results">
          {results.length === 0 && <li>{t('planner.proximity.none')}</li>}
          {results.map((item) => (
            <li key={`${item.kind}:${item.id}`}>
              <span className="planner__muted">{t(`planner.proximity.kind.${item.kind}`)}</span>{' '}
              {nameOf(item)} ·{' '}
              {t('planner.proximity.km', { km: formatNumber(item.distanceKm, language, 2) })}
            </li>
          ))}
        </ul>
      )}
      <h3 className="planner__heading">{t('planner.proximity.axisTitle')}</h3>
      <AxisTable />
    </section>
  );
}
