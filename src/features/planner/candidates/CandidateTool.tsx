import { useMemo, useState } from 'react';
import { useAppData, useAppStore, useAppStoreApi } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { formatNumber } from '@/i18n/format';
import { localName } from '@/lib/names';
import { AreaText } from '@/features/planner/measure/MeasureTool';
import { deleteSite, saveSite, type CandidateSiteRecord } from '@/data/planner/planner-db';
import { candidateFeatureId } from '@/data/planner/user-map-features';
import { candidateDetail, candidateGeoJson } from '@/data/sites/candidate-detail';
import { downloadJson } from './download';
import { DossierCompareButtons } from '@/components/DossierCompareButtons';

function SiteDetail({ site }: { site: CandidateSiteRecord }) {
  const store = useAppStoreApi();
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  const detail = useMemo(() => candidateDetail(site.vertices, data), [site, data]);
  const nameOf = (id: string) => {
    const feature = data.featureById.get(id);
    return feature ? localName(feature.properties, language) : id;
  };
  const county = detail.county ? data.countyByCode.get(detail.county.code) : undefined;
  return (
    <div className="planner__detail" data-testid="candidate-detail">
      <p>
        <AreaText squareMetres={detail.areaSquareMetres} />
      </p>
      <p>
        {t('planner.candidate.county')}{' '}
        {county
          ? t('planner.candidate.countyShare', {
              name: localName(county.properties, language),
              share: formatNumber(detail.county!.share * 100, language, 0),
            })
          : t('planner.candidate.outside')}
      </p>
      <h4>{t('planner.candidate.overlaps')}</h4>
      {detail.overlaps.length === 0 ? (
        <p>{t('planner.candidate.noOverlap')}</p>
      ) : (
        <ul>
          {detail.overlaps.map((overlap) => (
            <li key={overlap.featureId}>
              {t('planner.candidate.overlapLine', {
                name: nameOf(overlap.featureId),
                ha: formatNumber(overlap.overlapSquareMetres / 10_000, language, 1),
                share: formatNumber(overlap.shareOfSite * 100, language, 0),
              })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('planner.candidate.nearest')}</h4>
      <ul>
        {detail.nearestPlatforms.map((platform) => (
          <li key={platform.featureId}>
            {t('planner.candidate.nearestLine', {
              name: nameOf(platform.featureId),
              km: formatNumber(platform.distanceKm, language, 1),
            })}
            {platform.industryIds.length > 0 && (
              <span className="planner__muted">
                {' · '}
                {platform.industryIds
                  .map((id) => {
                    const industry = data.industryById.get(id);
                    return industry ? localName(industry, language) : id;
                  })
                  .join('、')}
              </span>
            )}
          </li>
        ))}
      </ul>
      <div className="planner__row">
        <button
          type="button"
          className="button"
          data-testid="candidate-export"
          onClick={() =>
            downloadJson(`${site.id}.geojson`, {
              type: 'FeatureCollection',
              features: [candidateGeoJson(site, detail)],
            })
          }
        >
          {t('planner.candidate.export')}
        </button>
        <DossierCompareButtons
          siteId={site.id}
          testIds={{ dossier: 'candidate-dossier', compare: 'candidate-compare' }}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            void deleteSite(site.id);
            store
              .getState()
              .planner.setSites(
                store.getState().planner.sites.filter((other) => other.id !== site.id),
              );
          }}
        >
          {t('planner.remove')}
        </button>
      </div>
    </div>
  );
}

export function CandidateTool() {
  const store = useAppStoreApi();
  const t = useT();
  const tool = useAppStore((state) => state.planner.tool);
  const isDrawing = useAppStore((state) => state.planner.isDrawing);
  const vertices = useAppStore((state) => state.planner.vertices);
  const sites = useAppStore((state) => state.planner.sites);
  const select = useAppStore((state) => state.select);
  const [name, setName] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const drawing = tool === 'candidate';
  const canSave = drawing && !isDrawing && vertices.length >= 3;

  const save = () => {
    const site: CandidateSiteRecord = {
      version: 1,
      id: `site-${Date.now().toString(36)}`,
      name: name.trim() || t('planner.candidate.untitled'),
      createdAt: new Date().toISOString(),
      vertices: vertices.map((vertex) => [vertex[0]!, vertex[1]!] as [number, number]),
    };
    void saveSite(site);
    const state = store.getState().planner;
    state.setSites([...state.sites, site]);
    state.clearSketch();
    setName('');
    setOpenId(site.id);
  };

  return (
    <section className="planner__section" aria-label={t('planner.tab.candidates')}>
      <div className="planner__row">
        <button
          type="button"
          className="button"
          data-testid="candidate-draw"
          aria-pressed={drawing}
          onClick={() => store.getState().planner.startDrawing('candidate')}
        >
          {t('planner.candidate.draw')}
        </button>
        {drawing && isDrawing && (
          <button
            type="button"
            className="button"
            data-testid="sketch-finish"
            onClick={() => store.getState().planner.finishDrawing()}
          >
            {t('planner.sketch.finish')}
          </button>
        )}
      </div>
      {drawing && (
        <p className="planner__hint">
          {t(isDrawing ? 'planner.sketch.hintDrawing' : 'planner.sketch.hintEdit')}
        </p>
      )}
      {canSave && (
        <div className="planner__row">
          <label>
            {t('planner.candidate.name')}{' '}
            <input
              value={name}
              maxLength={80}
              data-testid="candidate-name"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="button" className="button" data-testid="candidate-save" onClick={save}>
            {t('planner.candidate.save')}
          </button>
        </div>
      )}
      <ul className="planner__list" data-testid="candidate-list">
        {sites.map((site) => (
          <li key={site.id}>
            <button
              type="button"
              className="planner__link"
              aria-expanded={openId === site.id}
              onClick={() => {
                setOpenId(openId === site.id ? null : site.id);
                select(candidateFeatureId(site.id));
              }}
            >
              {site.name}
            </button>
            {openId === site.id && <SiteDetail site={site} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
