/**
 * Referential integrity across geodata/: every id referenced exists (the
 * rows of reference-table.ts), ids are unique across all files, conflict
 * groups have at least two members, inferred features say why, nothing is
 * orphaned, benchmark firms are not tied to a site inside Lishui, and firm roles and
 * planned presence are consistent.
 */
import { makeIssue, type Issue, type IssueLocation } from './issue';
import { CITY_CODE, type Located, type LocatedGeodata } from './located';
import { checkReferentialIntegrity } from './reference-table';

/** The records that share the one id namespace (chains, checked in chain-rules.ts, join it). */
export function idRecords(geodata: LocatedGeodata): Array<Located<{ id: string }>> {
  return [
    ...geodata.features,
    ...geodata.industries,
    ...geodata.enterprises,
    ...geodata.targets,
    ...geodata.places,
    ...geodata.defects,
    ...geodata.actions,
  ];
}

/** Ids must be unique across features, industries, enterprises, targets, places, defects and actions. */
export function checkDuplicateIds(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const firstSeen = new Map<string, IssueLocation>();
  for (const entry of idRecords(geodata)) {
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

/**
 * The same firm recorded twice (from two documents, or under two spellings)
 * must be one record with both sources: two records clash when they share a
 * name or alias, or their English name.
 */
export function checkDuplicateEnterpriseNames(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const firstSeen = new Map<string, Located<{ id: string }>>();
  for (const entry of geodata.enterprises) {
    const { name, aliases, nameEn } = entry.value;
    const keys = [
      ...new Set([name, ...(aliases ?? []).map((alias) => alias.name)]),
      ...(nameEn ? [`en:${nameEn.toLowerCase()}`] : []),
    ];
    const clash = keys.find((key) => firstSeen.has(key));
    if (clash) {
      const first = firstSeen.get(clash)!;
      const shared = clash.startsWith('en:') ? `English name "${nameEn}"` : `"${clash}"`;
      issues.push(
        makeIssue(
          'duplicate-enterprise',
          entry,
          'name',
          `${shared} is also ${first.value.id} (${first.file}); expected one record per enterprise, with the sources of every document that names it`,
        ),
      );
    }
    for (const key of keys) if (!firstSeen.has(key)) firstSeen.set(key, entry);
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
        ['hostCity', 'hostCityEn'],
      ],
      'properties.',
    ),
    ...missing(geodata.enterprises, [
      ['name', 'nameEn'],
      ['location', 'locationEn'],
      ['note', 'noteEn'],
      ['presenceNote', 'presenceNoteEn'],
    ]),
    ...missing(geodata.targets, [
      ['valueText', 'valueTextEn'],
      ['conflictNote', 'conflictNoteEn'],
    ]),
    ...missing(geodata.countyProfiles, [['note', 'noteEn']]),
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

/**
 * A firm with several roles lists each once, its main `kind` among them; a firm whose
 * presence is only planned says why (presenceNote), so the map never shows a hope as a fact.
 */
export function checkEnterpriseRoles(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  for (const enterprise of geodata.enterprises) {
    const { kind, roles, presence, presenceNote } = enterprise.value;
    if (roles && (!roles.includes(kind) || new Set(roles).size !== roles.length)) {
      issues.push(
        makeIssue(
          'enterprise-roles',
          enterprise,
          'roles',
          `[${roles.join(', ')}] with kind "${kind}"; expected distinct roles that include the kind`,
        ),
      );
    }
    if (presence && !presenceNote) {
      issues.push(
        makeIssue(
          'enterprise-presence',
          enterprise,
          'presenceNote',
          `missing; expected a note saying why the presence is ${presence}`,
        ),
      );
    }
    if (!presence && presenceNote) {
      issues.push(
        makeIssue(
          'enterprise-presence',
          enterprise,
          'presence',
          'missing while presenceNote is set; expected "planned", or no presenceNote',
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

/** Every rule over the located records, in the order the validator reports them. */
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
    ...checkEnterpriseRoles(geodata),
    ...checkTargetValues(geodata),
  ];
}
