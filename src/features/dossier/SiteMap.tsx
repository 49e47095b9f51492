import { centroid } from '@turf/centroid';
import { useMemo } from 'react';
import { useAppData } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName, localText } from '@/lib/names';
import type { Language } from '@/i18n/language';
import { formatLength } from '@/i18n/format';
import { BASE_COLOURS, SYSTEM_COLOURS } from '@/map/theme';
import {
  fitProjection,
  geometryPath,
  padBounds,
  pointPositions,
  type Bounds,
} from '@/data/geo/projection';
import { siteMapBounds, type SiteSummary } from '@/data/sites/site-model';

const WIDTH = 600;
const HEIGHT = 440;
const EARTH_RADIUS_KM = 6371.0088;
const NICE_KM = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500];
const SITE_COLOUR = '#d92d20';

/**
 * A static map of the site in its county, drawn as SVG from the GeoJSON with
 * a Web-Mercator projection: no WebGL, so it prints anywhere.
 */
export function SiteMap({ site, language }: { site: SiteSummary; language: Language }) {
  const t = useT();
  const data = useAppData();
  const drawing = useMemo(() => {
    const frame = siteMapBounds(site);
    if (!frame) return null;
    const bounds: Bounds = padBounds(frame, 0.08);
    const project = fitProjection(bounds, WIDTH, HEIGHT, 6);
    const countyCode = site.county?.properties.code ?? null;
    const counties = [...data.neighbours.features, ...data.counties.features].map((county) => ({
      id: county.properties.id,
      path: geometryPath(county.geometry, project),
      isSiteCounty: county.properties.code === countyCode,
      name: localName(county.properties, language),
      label: project(centroid(county).geometry.coordinates),
    }));
    const others = data.features
      .filter(
        (feature) =>
          feature.geometry &&
          feature.properties.id !== site.id &&
          feature.properties.system !== 'enclave' &&
          (feature.properties.countyCode === countyCode || feature.properties.kind === 'corridor'),
      )
      .map((feature) => ({
        id: feature.properties.id,
        path: geometryPath(feature.geometry!, project),
        points: pointPositions(feature.geometry!).map((position) => project(position)),
        isLine: feature.geometry!.type.includes('LineString'),
        colour: SYSTEM_COLOURS[feature.properties.system],
      }));
    const siteGeometry = site.kind === 'feature' ? site.geometry : null;
    const centreLat = (bounds[1] + bounds[3]) / 2;
    const pixelsPerKm = project.scale / (EARTH_RADIUS_KM * Math.cos((centreLat * Math.PI) / 180));
    const scaleKm = [...NICE_KM].reverse().find((km) => km * pixelsPerKm <= 130) ?? NICE_KM[0]!;
    return {
      counties,
      others,
      outline: data.outline.features.map((feature) => geometryPath(feature.geometry, project)),
      sitePath: siteGeometry ? geometryPath(siteGeometry, project) : '',
      siteIsLine: siteGeometry?.type.includes('LineString') ?? false,
      sitePoints: siteGeometry
        ? pointPositions(siteGeometry).map((position) => project(position))
        : [],
      scale: { km: scaleKm, pixels: scaleKm * pixelsPerKm },
    };
  }, [data, site, language]);
  if (!drawing) return null;
  return (
    <svg
      className="site-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={localName(site, language)}
      data-testid="site-map"
    >
      <rect width={WIDTH} height={HEIGHT} fill={BASE_COLOURS.background} />
      {drawing.counties.map((county) => (
        <path
          key={county.id}
          d={county.path}
          fill={county.isSiteCounty ? '#fff4d6' : BASE_COLOURS.countyFill}
          stroke={county.isSiteCounty ? '#8a5a00' : BASE_COLOURS.countyLine}
          strokeWidth={county.isSiteCounty ? 2 : 0.8}
          fillRule="evenodd"
        />
      ))}
      {drawing.outline.map((path, index) => (
        <path key={index} d={path} fill="none" stroke={BASE_COLOURS.outline} strokeWidth={1.6} />
      ))}
      {drawing.others.map((other) =>
        other.points.length > 0 ? (
          other.points.map(([x, y], index) => (
            <circle
              key={`${other.id}-${index}`}
              cx={x}
              cy={y}
              r={3}
              fill={other.colour}
              opacity={0.7}
            />
          ))
        ) : (
          <path
            key={other.id}
            d={other.path}
            fill={other.isLine ? 'none' : other.colour}
            fillOpacity={other.isLine ? undefined : 0.08}
            stroke={other.colour}
            strokeOpacity={0.75}
            strokeWidth={other.isLine ? 2 : 0.9}
            strokeDasharray={other.isLine ? '6 3' : '3 2'}
            fillRule="evenodd"
          />
        ),
      )}
      {drawing.counties
        .filter((county) => county.isSiteCounty)
        .map((county) => (
          <text
            key={county.id}
            x={county.label[0]}
            y={county.label[1]}
            className="site-map__county-label"
            textAnchor="middle"
          >
            {county.name}
          </text>
        ))}
      {drawing.sitePath && (
        <path
          d={drawing.sitePath}
          fill={drawing.siteIsLine ? 'none' : SITE_COLOUR}
          fillOpacity={drawing.siteIsLine ? undefined : 0.4}
          stroke={SITE_COLOUR}
          strokeWidth={drawing.siteIsLine ? 5 : 2.5}
          fillRule="evenodd"
          data-testid="site-map-site"
        />
      )}
      {drawing.sitePoints.map(([x, y], index) => (
        <g key={index} data-testid="site-map-site">
          <circle cx={x} cy={y} r={11} fill="#fff" opacity={0.85} />
          <circle cx={x} cy={y} r={7} fill={SITE_COLOUR} stroke="#7a1a12" strokeWidth={1.5} />
          {site.hostCity && (
            <text
              x={x > WIDTH - 120 ? x - 16 : x + 16}
              y={y + 5}
              textAnchor={x > WIDTH - 120 ? 'end' : 'start'}
              className="site-map__county-label"
            >
              {localText(site.hostCity, site.hostCityEn ?? undefined, language)}
            </text>
          )}
        </g>
      ))}
      <g transform={`translate(14 ${HEIGHT - 18})`} className="site-map__scale">
        <rect
          x={-6}
          y={-16}
          width={drawing.scale.pixels + 70}
          height={26}
          fill="#fff"
          opacity={0.8}
          rx={3}
        />
        <line x1={0} y1={0} x2={drawing.scale.pixels} y2={0} stroke="#222" strokeWidth={2} />
        <line x1={0} y1={-5} x2={0} y2={0} stroke="#222" strokeWidth={2} />
        <line
          x1={drawing.scale.pixels}
          y1={-5}
          x2={drawing.scale.pixels}
          y2={0}
          stroke="#222"
          strokeWidth={2}
        />
        <text x={drawing.scale.pixels + 6} y={4}>
          {formatLength(drawing.scale.km, language)}
        </text>
      </g>
      <g transform={`translate(${WIDTH - 24} 30)`} aria-label={t('dossier.mapNorthLabel')}>
        <path d="M0 -16 L7 6 L0 1 L-7 6 Z" fill="#222" />
        <text y={20} textAnchor="middle" className="site-map__north">
          {t('dossier.mapNorth')}
        </text>
      </g>
      <title>{t('dossier.mapLegendSite')}</title>
    </svg>
  );
}
