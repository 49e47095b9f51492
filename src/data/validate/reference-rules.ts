/**
 * Referential integrity across geodata/: every id referenced exists, ids are
 * unique across all files, conflict groups have at least two members,
 * inferred features say why, nothing is orphaned, and benchmark firms are
 * not tied to a site inside Lishui.
 */
import { makeIssue, type Issue, type IssueLocation } from './issue';
import { CITY_CODE, type Located, type LocatedGeodata } from './located';

interface Namespace {
  ids: Set<string>;
  noun: string;
  expected: string;
}

function namespace(ids: Iterable<string>, noun: string, expected: string): Namespace {
  return { ids: new Set(ids), noun, expected };
}

/** Ids of entries that failed their schema count as present: schema-rules.ts has reported them already. */
function withUnparsed(target: Namespace, geodata: LocatedGeodata): Namespace {
  return { ...target, ids: new Set([...target.ids, ...geodata.unparsedIds]) };
}

function checkReference(
  issues: Issue[],
  location: IssueLocation,
  field: string,
  value: string | undefined,
  target: Namespace,
): void {
  if (value === undefined || target.ids.has(value)) return;
  issues.push(
    makeIssue(
      'unknown-reference',
      location,
      field,
      `"${value}" is not ${target.noun}; expected ${target.expected}`,
    ),
  );
}

function checkReferences(
  issues: Issue[],
  location: IssueLocation,
  field: string,
  values: readonly string[] | undefined,
  target: Namespace,
): void {
  values?.forEach((value, index) =>
    checkReference(issues, location, `${field}[${index}]`, value, target),
  );
}

/** Ids must be unique across features, industries, enterprises, targets, places, defects and actions. */
export function checkDuplicateIds(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const firstSeen = new Map<string, IssueLocation>();
  const entries: Array<Located<{ id: string }>> = [
    ...geodata.features,
    ...geodata.industries,
    ...geodata.enterprises,
    ...geodata.targets,
    ...geodata.places,
    ...geodata.defects,
    ...geodata.actions,
  ];
  for (const entry of entries) {
    const id = entry.value.id;
    const first = firstSeen.get(id);
    if (!first) {
      firstSeen.set(id, { file: entry.file, where: entry.where });
      continue;
    }
    const firstLabel = [first.file, first.where].filter(Boolean).join(' › ');
    issues.push(
      makeIssue(
        'duplicate-id',
        entry,
        'id',
        `"${id}" is already used by ${firstLabel}; expected ids unique across geodata/`,
      ),
    );
  }
  return issues;
}

/** The same firm recorded twice (from two documents) must be one record with both sources. */
export function checkDuplicateEnterpriseNames(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const firstSeen = new Map<string, Located<{ id: string }>>();
  for (const entry of geodata.enterprises) {
    const first = firstSeen.get(entry.value.name);
    if (!first) {
      firstSeen.set(entry.value.name, entry);
      continue;
    }
    issues.push(
      makeIssue(
        'duplicate-enterprise',
        entry,
        'name',
        `"${entry.value.name}" is also ${first.value.id} (${first.file}); expected one record per enterprise, with the sources of every document that names it`,
      ),
    );
  }
  return issues;
}

export function checkReferentialIntegrity(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const features = withUnparsed(
    namespace(
      geodata.features.map((feature) => feature.value.id),
      'a feature id',
      'the id of a feature in layers/*.geojson',
    ),
    geodata,
  );
  const industries = withUnparsed(
    namespace(
      geodata.industries.map((industry) => industry.value.id),
      'an industry id',
      'the id of an industry in records/*.json',
    ),
    geodata,
  );
  const places = withUnparsed(
    namespace(
      geodata.places.map((place) => place.value.id),
      'a place id',
      'the id of a place in records/*.json',
    ),
    geodata,
  );
  const countyCodes = [...geodata.counties.keys(), ...geodata.neighbours.keys()];
  const counties = namespace(
    countyCodes,
    'a county code in boundaries/',
    'a code in boundaries/lishui-counties.geojson or neighbour-counties.geojson',
  );
  const countiesOrCity = namespace(
    [CITY_CODE, ...countyCodes],
    'a county code in boundaries/ or the city code',
    `${CITY_CODE} (Lishui City) or a code in boundaries/lishui-counties.geojson or neighbour-counties.geojson`,
  );

  for (const feature of geodata.features) {
    const properties = feature.value;
    checkReference(issues, feature, 'properties.countyCode', properties.countyCode, countiesOrCity);
    checkReference(issues, feature, 'properties.parentId', properties.parentId, features);
    if (properties.parentId === properties.id) {
      issues.push(
        makeIssue(
          'unknown-reference',
          feature,
          'properties.parentId',
          'a feature cannot be its own parent; expected another feature id',
        ),
      );
    }
    checkReference(issues, feature, 'properties.operatorId', properties.operatorId, features);
    checkReferences(issues, feature, 'properties.industryIds', properties.industryIds, industries);
    const recipe = properties.recipe;
    if (recipe?.type === 'point' || recipe?.type === 'circle') {
      checkReference(issues, feature, 'properties.recipe.place', recipe.place, places);
    } else if (recipe?.type === 'line') {
      checkReferences(issues, feature, 'properties.recipe.places', recipe.places, places);
    } else if (recipe?.type === 'townships') {
      checkReferences(issues, feature, 'properties.recipe.places', recipe.places, places);
      checkReferences(issues, feature, 'properties.recipe.minus', recipe.minus, features);
      checkReferences(issues, feature, 'properties.recipe.context', recipe.context, places);
    } else if (recipe?.type === 'county') {
      checkReferences(issues, feature, 'properties.recipe.minus', recipe.minus, features);
    } else if (recipe?.type === 'union') {
      checkReferences(issues, feature, 'properties.recipe.of', recipe.of, features);
    }
  }

  for (const industry of geodata.industries) {
    checkReference(issues, industry, 'parentId', industry.value.parentId, industries);
    checkReferences(issues, industry, 'relatedIds', industry.value.relatedIds, industries);
  }

  for (const enterprise of geodata.enterprises) {
    checkReference(issues, enterprise, 'featureId', enterprise.value.featureId, features);
    checkReferences(issues, enterprise, 'industryIds', enterprise.value.industryIds, industries);
    checkReference(issues, enterprise, 'countyCode', enterprise.value.countyCode, countiesOrCity);
  }

  const scopes: Record<string, Namespace> = {
    city: namespace([CITY_CODE], 'the city code', `"${CITY_CODE}" (Lishui City)`),
    county: counties,
    feature: features,
    industry: industries,
  };
  for (const target of geodata.targets) {
    const scope = target.value.scope;
    const resolved = scopes[scope.kind]!;
    if (!resolved.ids.has(scope.id)) {
      issues.push(
        makeIssue(
          'target-scope',
          target,
          'scope.id',
          `${scope.kind} scope "${scope.id}" does not resolve: it is not ${resolved.noun}; expected ${resolved.expected}`,
        ),
      );
    }
    checkReference(issues, target, 'industryId', target.value.industryId, industries);
  }

  for (const profile of geodata.countyProfiles) {
    checkReference(issues, profile, 'countyCode', profile.value.countyCode, counties);
    checkReferences(issues, profile, 'industryIds', profile.value.industryIds, industries);
  }
  for (const action of geodata.actions) {
    checkReferences(issues, action, 'countyCodes', action.value.countyCodes, counties);
  }

  if (geodata.shizi) {
    const seen = new Set<string>();
    geodata.shizi.value.members.forEach((member, index) => {
      const field = `members[${index}].featureId`;
      checkReference(issues, geodata.shizi!, field, member.featureId, features);
      if (seen.has(member.featureId)) {
        issues.push(
          makeIssue(
            'duplicate-id',
            geodata.shizi!,
            field,
            `"${member.featureId}" is listed twice; expected each member once`,
          ),
        );
      }
      seen.add(member.featureId);
    });
  }
  return issues;
}

/** Targets that share a conflictGroup contradict each other, so a group needs two or more. */
export function checkConflictGroups(geodata: LocatedGeodata): Issue[] {
  const members = new Map<string, number>();
  for (const target of geodata.targets) {
    const group = target.value.conflictGroup;
    if (group) members.set(group, (members.get(group) ?? 0) + 1);
  }
  return geodata.targets
    .filter((target) => target.value.conflictGroup && members.get(target.value.conflictGroup) === 1)
    .map((target) =>
      makeIssue(
        'conflict-group',
        target,
        'conflictGroup',
        `"${target.value.conflictGroup}" has only this target; expected at least 2 targets in a conflict group`,
      ),
    );
}

/** An inferred feature says why (inferenceNote). */
export function checkInferenceNotes(geodata: LocatedGeodata): Issue[] {
  return geodata.features
    .filter((feature) => feature.value.certainty === 'inferred' && !feature.value.inferenceNote)
    .map((feature) =>
      makeIssue(
        'inference-note',
        feature,
        'properties.inferenceNote',
        'missing; expected a note saying why the feature is inferred',
      ),
    );
}

/**
 * Every text the app shows from the data comes in both languages: English mode
 * must not show Chinese-only notes to a foreign investor, nor Chinese mode an
 * English-only note to a planner. Pairs are [written, its translation].
 */
export function checkBilingualText(geodata: LocatedGeodata): Issue[] {
  const missing = <T extends object>(
    located: ReadonlyArray<Located<T>>,
    fields: ReadonlyArray<readonly [keyof T & string, keyof T & string]>,
    prefix = '',
  ): Issue[] =>
    located.flatMap((item) =>
      fields
        .filter(([has, needs]) => item.value[has] !== undefined && item.value[needs] === undefined)
        .map(([has, needs]) => {
          const language = needs.endsWith('Zh') ? 'Chinese' : 'English';
          return makeIssue(
            'bilingual-text',
            item,
            `${prefix}${needs}`,
            `missing; expected the ${language} of ${has} ("${String(item.value[has])}"), shown in ${language} mode`,
          );
        }),
    );
  return [
    ...missing(
      geodata.features,
      [
        ['inferenceNote', 'inferenceNoteEn'],
        ['geometryMethod', 'geometryMethodZh'],
      ],
      'properties.',
    ),
    ...missing(geodata.enterprises, [
      ['location', 'locationEn'],
      ['note', 'noteEn'],
    ]),
    ...missing(geodata.targets, [['conflictNote', 'conflictNoteEn']]),
  ];
}

/** Every enterprise hangs on something: an industry, a feature or a county. */
export function checkOrphans(geodata: LocatedGeodata): Issue[] {
  return geodata.enterprises
    .filter(({ value }) => value.industryIds.length === 0 && !value.featureId && !value.countyCode)
    .map((enterprise) =>
      makeIssue(
        'orphan',
        enterprise,
        undefined,
        'enterprise has no industryIds, featureId or countyCode; expected at least one',
      ),
    );
}

/** A benchmark firm is cited as a reference elsewhere, so it cannot sit on a site inside Lishui. */
export function checkBenchmarks(geodata: LocatedGeodata): Issue[] {
  const featureById = new Map(geodata.features.map((feature) => [feature.value.id, feature.value]));
  const issues: Issue[] = [];
  for (const enterprise of geodata.enterprises) {
    if (enterprise.value.kind !== 'benchmark' || !enterprise.value.featureId) continue;
    const feature = featureById.get(enterprise.value.featureId);
    if (!feature || feature.system === 'enclave') continue;
    if (feature.countyCode === CITY_CODE || geodata.counties.has(feature.countyCode)) {
      issues.push(
        makeIssue(
          'benchmark-in-lishui',
          enterprise,
          'featureId',
          `benchmark enterprise points at "${feature.id}", a site inside Lishui; expected a local enterprise, or no featureId`,
        ),
      );
    }
  }
  return issues;
}

/** A target whose value is null states it in words (valueText). */
export function checkTargetValues(geodata: LocatedGeodata): Issue[] {
  return geodata.targets
    .filter((target) => target.value.value === null && !target.value.valueText)
    .map((target) =>
      makeIssue(
        'target-value',
        target,
        'valueText',
        'value is null and valueText is missing; expected the target as written in the plan',
      ),
    );
}

export function checkRecordRules(geodata: LocatedGeodata): Issue[] {
  return [
    ...checkDuplicateIds(geodata),
    ...checkDuplicateEnterpriseNames(geodata),
    ...checkReferentialIntegrity(geodata),
    ...checkConflictGroups(geodata),
    ...checkInferenceNotes(geodata),
    ...checkBilingualText(geodata),
    ...checkOrphans(geodata),
    ...checkBenchmarks(geodata),
    ...checkTargetValues(geodata),
  ];
}
