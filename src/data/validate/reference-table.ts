/**
 * Every reference a record makes to another id, one row per reference: the
 * field, how to read its id or ids, and the id set they must be in. Kept as
 * data so that checking a new reference is one more row, not another loop;
 * checkReferentialIntegrity at the end of this file walks the table, and
 * reference-rules.ts runs it with the other record rules.
 */
import { makeIssue, type Issue } from './issue';
import { CITY_CODE, type Located, type LocatedGeodata } from './located';

/** A set of ids references may point into, and how messages name it. */
interface Namespace {
  ids: ReadonlySet<string>;
  /** What a valid id is, e.g. "a feature id". */
  noun: string;
  /** Where valid ids come from, for the "expected …" part of the message. */
  expected: string;
}

/** The id sets references point into, named so that a target scope's kind is its namespace. */
interface Namespaces {
  city: Namespace;
  county: Namespace;
  countyOrCity: Namespace;
  feature: Namespace;
  industry: Namespace;
  place: Namespace;
}
type NamespaceName = keyof Namespaces;

function namespace(ids: Iterable<string>, noun: string, expected: string): Namespace {
  return { ids: new Set(ids), noun, expected };
}

/** The id sets of this geodata; ids that failed their schema count as present (schema-rules.ts reports them). */
function referenceNamespaces(geodata: LocatedGeodata): Namespaces {
  const withUnparsed = (ids: string[]): string[] => [...ids, ...geodata.unparsedIds];
  const countyCodes = [...geodata.counties.keys(), ...geodata.neighbours.keys()];
  return {
    city: namespace([CITY_CODE], 'the city code', `"${CITY_CODE}" (Lishui City)`),
    county: namespace(
      countyCodes,
      'a county code in boundaries/',
      'a code in boundaries/lishui-counties.geojson or neighbour-counties.geojson',
    ),
    countyOrCity: namespace(
      [CITY_CODE, ...countyCodes],
      'a county code in boundaries/ or the city code',
      `${CITY_CODE} (Lishui City) or a code in boundaries/lishui-counties.geojson or neighbour-counties.geojson`,
    ),
    feature: namespace(
      withUnparsed(geodata.features.map((feature) => feature.value.id)),
      'a feature id',
      'the id of a feature in layers/*.geojson',
    ),
    industry: namespace(
      withUnparsed(geodata.industries.map((industry) => industry.value.id)),
      'an industry id',
      'the id of an industry in records/*.json',
    ),
    place: namespace(
      withUnparsed(geodata.places.map((place) => place.value.id)),
      'a place id',
      'the id of a place in records/*.json',
    ),
  };
}

/** One reference of a collection's records to ids of a namespace. */
interface Reference<T> {
  /** Path of the field as reported; in a list, "[]" stands where the index goes. */
  field: string;
  /** The id referred to, or the list of ids; undefined when the record has none. */
  ids: (record: T) => string | readonly string[] | undefined;
  /** Where the ids must exist; a function when the record says which (a target's scope kind). */
  namespace: NamespaceName | ((record: T) => NamespaceName);
  /** Rule of the issue for an id not found; "unknown-reference" when not given. */
  rule?: string;
  /** Message for an id not found; `"<id>" is not <noun>; expected <expected>` when not given. */
  message?: (id: string, namespace: Namespace, record: T) => string;
  /** For a field that must not name its own record: the record's id, and the message if it does. */
  notItself?: { id: (record: T) => string; message: string };
  /** For a list that names each id once: what an entry is called, for the duplicate message. */
  eachOnce?: string;
}

/** Collections whose records refer to other ids. */
type ReferringCollection =
  'features' | 'industries' | 'enterprises' | 'targets' | 'countyProfiles' | 'actions' | 'shizi';

/** The record type of a collection, whether it holds many records or one (shizi). */
type RecordOf<C extends ReferringCollection> =
  LocatedGeodata[C] extends ReadonlyArray<Located<infer T>>
    ? T
    : NonNullable<LocatedGeodata[C]> extends Located<infer T>
      ? T
      : never;

/** For each referring collection, its references; the keys' order is the order of issues. */
type ReferenceTable = {
  readonly [C in ReferringCollection]: ReadonlyArray<Reference<RecordOf<C>>>;
};

/**
 * Issues come in the order of this table: collection by collection, each
 * record in turn, its rows in order (the order the validator has always
 * reported them in, so its output does not move).
 */
const REFERENCE_TABLE: ReferenceTable = {
  features: [
    {
      field: 'properties.countyCode',
      ids: (feature) => feature.countyCode,
      namespace: 'countyOrCity',
    },
    {
      field: 'properties.parentId',
      ids: (feature) => feature.parentId,
      namespace: 'feature',
      notItself: {
        id: (feature) => feature.id,
        message: 'a feature cannot be its own parent; expected another feature id',
      },
    },
    { field: 'properties.operatorId', ids: (feature) => feature.operatorId, namespace: 'feature' },
    {
      field: 'properties.industryIds[]',
      ids: (feature) => feature.industryIds,
      namespace: 'industry',
    },
    // A recipe's fields depend on its type; other types have no such field.
    {
      field: 'properties.recipe.place',
      ids: ({ recipe }) =>
        recipe?.type === 'point' || recipe?.type === 'circle' ? recipe.place : undefined,
      namespace: 'place',
    },
    {
      field: 'properties.recipe.places[]',
      ids: ({ recipe }) =>
        recipe?.type === 'line' || recipe?.type === 'townships' ? recipe.places : undefined,
      namespace: 'place',
    },
    {
      field: 'properties.recipe.minus[]',
      ids: ({ recipe }) =>
        recipe?.type === 'townships' || recipe?.type === 'county' ? recipe.minus : undefined,
      namespace: 'feature',
    },
    {
      field: 'properties.recipe.context[]',
      ids: ({ recipe }) => (recipe?.type === 'townships' ? recipe.context : undefined),
      namespace: 'place',
    },
    {
      field: 'properties.recipe.of[]',
      ids: ({ recipe }) => (recipe?.type === 'union' ? recipe.of : undefined),
      namespace: 'feature',
    },
  ],
  industries: [
    { field: 'parentId', ids: (industry) => industry.parentId, namespace: 'industry' },
    { field: 'relatedIds[]', ids: (industry) => industry.relatedIds, namespace: 'industry' },
  ],
  enterprises: [
    { field: 'featureId', ids: (enterprise) => enterprise.featureId, namespace: 'feature' },
    { field: 'industryIds[]', ids: (enterprise) => enterprise.industryIds, namespace: 'industry' },
    { field: 'countyCode', ids: (enterprise) => enterprise.countyCode, namespace: 'countyOrCity' },
  ],
  targets: [
    {
      field: 'scope.id',
      ids: (target) => target.scope.id,
      namespace: (target) => target.scope.kind,
      rule: 'target-scope',
      message: (id, scope, target) =>
        `${target.scope.kind} scope "${id}" does not resolve: it is not ${scope.noun}; expected ${scope.expected}`,
    },
    { field: 'industryId', ids: (target) => target.industryId, namespace: 'industry' },
  ],
  countyProfiles: [
    { field: 'countyCode', ids: (profile) => profile.countyCode, namespace: 'county' },
    { field: 'industryIds[]', ids: (profile) => profile.industryIds, namespace: 'industry' },
  ],
  actions: [{ field: 'countyCodes[]', ids: (action) => action.countyCodes, namespace: 'county' }],
  shizi: [
    {
      field: 'corridorId',
      ids: (shizi) => (shizi.corridorId ? [shizi.corridorId] : []),
      namespace: 'feature',
    },
    {
      field: 'members[].featureId',
      ids: (shizi) => shizi.members.map((member) => member.featureId),
      namespace: 'feature',
      eachOnce: 'member',
    },
    {
      field: 'candidates[].featureId',
      ids: (shizi) => (shizi.candidates ?? []).flatMap((candidate) => candidate.featureId ?? []),
      namespace: 'feature',
    },
    {
      field: 'candidates[].countyCode',
      ids: (shizi) => (shizi.candidates ?? []).flatMap((candidate) => candidate.countyCode ?? []),
      namespace: 'county',
    },
  ],
};

/**
 * The records of a collection as a list, so the one-record shizi membership
 * walks like the rest. The cast is the one place the table's collection names
 * meet LocatedGeodata's types, which TypeScript cannot relate for a generic C.
 */
function recordsOf<C extends ReferringCollection>(
  geodata: LocatedGeodata,
  collection: C,
): ReadonlyArray<Located<RecordOf<C>>> {
  const records: unknown = geodata[collection];
  if (records === null) return [];
  return (Array.isArray(records) ? records : [records]) as Array<Located<RecordOf<C>>>;
}

/** One row against one record: each id it reads must be in the row's namespace. */
function checkReference<T>(
  record: Located<T>,
  reference: Reference<T>,
  namespaces: Namespaces,
): Issue[] {
  const read = reference.ids(record.value);
  if (read === undefined) return [];
  const { namespace } = reference;
  const target = namespaces[typeof namespace === 'function' ? namespace(record.value) : namespace];
  const seen = new Set<string>();
  // A single id is a list of one whose field has no "[]" to number.
  return (typeof read === 'string' ? [read] : read).flatMap((id, index) => {
    const field = reference.field.replace('[]', `[${index}]`);
    const issues: Issue[] = [];
    if (!target.ids.has(id)) {
      const message =
        reference.message?.(id, target, record.value) ??
        `"${id}" is not ${target.noun}; expected ${target.expected}`;
      issues.push(makeIssue(reference.rule ?? 'unknown-reference', record, field, message));
    }
    if (reference.notItself && id === reference.notItself.id(record.value))
      issues.push(makeIssue('unknown-reference', record, field, reference.notItself.message));
    if (reference.eachOnce && seen.has(id)) {
      const message = `"${id}" is listed twice; expected each ${reference.eachOnce} once`;
      issues.push(makeIssue('duplicate-id', record, field, message));
    }
    seen.add(id);
    return issues;
  });
}

/** Every row of a collection against each of its records, record by record. */
function checkCollection<C extends ReferringCollection>(
  geodata: LocatedGeodata,
  collection: C,
  namespaces: Namespaces,
): Issue[] {
  const references: ReferenceTable[C] = REFERENCE_TABLE[collection];
  return recordsOf(geodata, collection).flatMap((record) =>
    references.flatMap((reference) => checkReference(record, reference, namespaces)),
  );
}

/** Every id a record refers to exists, as the rows of REFERENCE_TABLE say. */
export function checkReferentialIntegrity(geodata: LocatedGeodata): Issue[] {
  const namespaces = referenceNamespaces(geodata);
  const collections = Object.keys(REFERENCE_TABLE) as ReferringCollection[];
  return collections.flatMap((collection) => checkCollection(geodata, collection, namespaces));
}
