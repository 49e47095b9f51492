/**
 * What search finds, as plain records (no pinyin, no index): cheap to make on
 * the main thread and to post to the search worker, which indexes them.
 */
import type { AppData, PlanFeature } from '@/data/model';
import type { Alias, Industry } from '@/data/schema';
import type { SearchHit } from './search-index';
import { countyCodeOf, countyFeatureId } from '@/data/county-id';

/**
 * One searchable thing before indexing: plain data (no Maps, no geometry), so
 * it can be posted to the search worker cheaply.
 */
export interface SearchRecord {
  hit: SearchHit;
  /** Chinese texts (indexed with pinyin) and English texts it is found by. */
  zh: string[];
  en: string[];
  /** Nesting depth: a zone before its blocks, a local firm before a benchmark. */
  depth: number;
}

function depthOf(parentOf: (id: string) => string | undefined, id: string): number {
  let depth = 0;
  const seen = new Set([id]);
  let current = parentOf(id);
  while (current && !seen.has(current) && depth < 9) {
    seen.add(current);
    depth += 1;
    current = parentOf(current);
  }
  return depth;
}

/** Synthetic benchmark enterprises (`?bench-data=`): found by name, nothing to select. */
export function benchSearchRecords(
  points: ReadonlyArray<{ properties: { id: string; name: string } }>,
): SearchRecord[] {
  return points.map(({ properties }) => ({
    hit: {
      kind: 'enterprise',
      id: properties.id,
      label: properties.name,
      labelEn: properties.name,
      detail: '',
      detailEn: '',
      tags: [],
      targetFeatureId: null,
      filterIndustryId: null,
    },
    zh: [properties.name],
    en: [],
    depth: 2,
  }));
}

/** The other spellings the plans use for a name: searchable like the name. */
const spellings = (aliases: readonly Alias[] | undefined): string[] =>
  (aliases ?? []).map((alias) => alias.name);

/** Every searchable record of the plans: features, counties, enterprises, industries, targets. */
export function searchRecords(data: AppData): SearchRecord[] {
  const records: SearchRecord[] = [];
  const add = (hit: SearchHit, keyTexts: { zh: string[]; en: string[] }, depth: number) => {
    records.push({ hit, zh: keyTexts.zh, en: keyTexts.en, depth });
  };

  const countyName = (code: string | undefined) => {
    const county = code ? data.countyByCode.get(code) : undefined;
    return { zh: county?.properties.name ?? '', en: county?.properties.nameEn ?? '' };
  };
  const featureName = (id: string | undefined) => {
    const feature = id ? data.featureById.get(id) : undefined;
    return { zh: feature?.properties.name ?? '', en: feature?.properties.nameEn ?? '' };
  };
  const industryName = (id: string | undefined) => {
    const industry: Industry | undefined = id ? data.industryById.get(id) : undefined;
    return { zh: industry?.name ?? '', en: industry?.nameEn ?? '' };
  };
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');

  const featureParent = (id: string) => data.featureById.get(id)?.properties.parentId;
  for (const feature of data.features as PlanFeature[]) {
    const properties = feature.properties;
    const county = countyName(properties.countyCode);
    const parent = featureName(properties.parentId);
    add(
      {
        kind: 'feature',
        id: properties.id,
        label: properties.name,
        labelEn: properties.nameEn,
        detail: join(properties.hostCity ?? '', county.zh, parent.zh),
        detailEn: join(properties.hostCityEn ?? '', county.en, parent.en),
        tags: properties.geometryQuality === 'unplaced' || !feature.geometry ? ['unplaced'] : [],
        targetFeatureId: properties.id,
        filterIndustryId: null,
      },
      { zh: [properties.name, ...spellings(properties.aliases)], en: [properties.nameEn] },
      depthOf(featureParent, properties.id),
    );
  }

  const counties = [
    ...data.counties.features.map((county) => ({ county, neighbour: false })),
    ...data.neighbours.features.map((county) => ({ county, neighbour: true })),
  ];
  for (const { county, neighbour } of counties) {
    const properties = county.properties;
    add(
      {
        kind: 'county',
        id: countyFeatureId(properties.code),
        label: properties.name,
        labelEn: properties.nameEn,
        detail: join(properties.province, properties.city),
        detailEn: '',
        tags: neighbour ? ['neighbour'] : [],
        targetFeatureId: countyFeatureId(properties.code),
        filterIndustryId: null,
      },
      // People say 缙云 for 缙云县 and Jinyun for Jinyun County: the bare names match exactly too.
      {
        zh: [properties.name, properties.name.replace(/(.{2,})[县区市]$/u, '$1')],
        en: [properties.nameEn, properties.nameEn.replace(/\s+(county|district|city)$/i, '')],
      },
      neighbour ? 1 : 0,
    );
  }

  for (const enterprise of data.enterprises) {
    const isBenchmark = enterprise.kind === 'benchmark';
    const platform = featureName(enterprise.featureId);
    const county = countyName(enterprise.countyCode);
    const firstIndustry = industryName(enterprise.industryIds[0]);
    const targetFeatureId =
      enterprise.featureId && data.featureById.has(enterprise.featureId)
        ? enterprise.featureId
        : enterprise.countyCode && data.countyByCode.has(enterprise.countyCode)
          ? countyFeatureId(enterprise.countyCode)
          : null;
    add(
      {
        kind: 'enterprise',
        id: enterprise.id,
        label: enterprise.name,
        labelEn: enterprise.nameEn ?? enterprise.name,
        detail: isBenchmark
          ? join(enterprise.location ?? '', firstIndustry.zh)
          : join(platform.zh || county.zh, firstIndustry.zh),
        detailEn: isBenchmark
          ? join(enterprise.locationEn ?? enterprise.location ?? '', firstIndustry.en)
          : join(platform.en || county.en, firstIndustry.en),
        tags: [
          ...(isBenchmark ? (['benchmark'] as const) : []),
          ...(enterprise.kind === 'partner' ? (['partner'] as const) : []),
          ...(enterprise.presence === 'planned' ? (['planned'] as const) : []),
        ],
        // A benchmark firm lies outside Lishui: nothing of it to select, but its industry can be shown.
        targetFeatureId: isBenchmark ? null : targetFeatureId,
        filterIndustryId:
          isBenchmark || !targetFeatureId ? (enterprise.industryIds[0] ?? null) : null,
      },
      {
        zh: [enterprise.name, ...spellings(enterprise.aliases)],
        en: enterprise.nameEn ? [enterprise.nameEn] : [],
      },
      isBenchmark ? 1 : 0,
    );
  }

  const industryParent = (id: string) => data.industryById.get(id)?.parentId;
  for (const industry of data.industries) {
    const parent = industryName(industry.parentId);
    add(
      {
        kind: 'industry',
        id: industry.id,
        label: industry.name,
        labelEn: industry.nameEn,
        detail: parent.zh,
        detailEn: parent.en,
        tags: [],
        targetFeatureId: null,
        filterIndustryId: industry.id,
      },
      { zh: [industry.name, ...spellings(industry.aliases)], en: [industry.nameEn] },
      depthOf(industryParent, industry.id),
    );
  }

  const city = data.outline.features[0]?.properties as
    { name?: string; nameEn?: string } | null | undefined;
  for (const target of data.targets) {
    const { kind, id } = target.scope;
    let scope = { zh: city?.name ?? '', en: city?.nameEn ?? '' };
    let targetFeatureId: string | null = null;
    let filterIndustryId: string | null = null;
    if (kind === 'feature' && data.featureById.has(id)) {
      scope = featureName(id);
      targetFeatureId = id;
    } else if (kind === 'county') {
      const code = countyCodeOf(id) ?? id;
      scope = countyName(code);
      if (data.countyByCode.has(code)) targetFeatureId = countyFeatureId(code);
    } else if (kind === 'industry') {
      scope = industryName(id);
      if (data.industryById.has(id)) filterIndustryId = id;
    }
    add(
      {
        kind: 'target',
        id: target.id,
        label: target.indicator,
        labelEn: target.indicatorEn,
        detail: join(scope.zh, target.year ? String(target.year) : ''),
        detailEn: join(scope.en, target.year ? String(target.year) : ''),
        tags: [],
        targetFeatureId,
        filterIndustryId,
      },
      { zh: [target.indicator], en: [target.indicatorEn] },
      0,
    );
  }
  return records;
}
