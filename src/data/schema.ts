/**
 * Schemas for everything under geodata/. Types for the app are inferred from
 * these (never written twice). Loaders and the validation CLI both use them.
 */
import { z } from '../lib/zod.ts';
import { PLATFORM_KINDS, SYSTEMS, type SystemId } from './systems.ts';

export type { SystemId };

export const SEED_FILES = [
  '000_dd22fc84a3e54e50.txt',
  '001_cba86b0ca2d8931f.txt',
  '002_798210d2db71111e.txt',
  '003_dd115a29ce591574.txt',
  '004_6713ff44995b0ad3.txt',
] as const;

/** A pointer to the 1-based line of a seed document that states a fact. */
export const sourceSchema = z
  .object({
    seed: z.enum(SEED_FILES),
    line: z.number().int().min(1),
    note: z.string().min(1).optional(),
    /**
     * The line gives context only (a table header, a row of partners, the
     * paragraph a role is summarised from): it need not hold the record's name,
     * an alias or one of its numbers, which every other cited line must.
     */
    context: z.literal(true).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/**
 * Another spelling of a record's name that the plans use, with the line that
 * writes it (e.g. 国际人才双创特区 for 国际化双创人才特区, or a list item
 * written without the noun it shares with its neighbours). Searchable.
 */
export const aliasSchema = z
  .object({
    name: z.string().min(1),
    seed: z.enum(SEED_FILES),
    line: z.number().int().min(1),
  })
  .strict();
export type Alias = z.infer<typeof aliasSchema>;
const aliases = z.array(aliasSchema).min(1).optional();

const sources = z.array(sourceSchema).min(1, 'at least one source is required');

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9+]+)*$/, 'ids are lower-case kebab-case ascii (a-z, 0-9, -)');

/** Six-digit administrative division code (GB/T 2260), e.g. 331102 for 莲都区. */
export const countyCodeSchema = z.string().regex(/^\d{6}$/, 'a 6-digit administrative code');

export const systemSchema = z.enum(SYSTEMS);

export const FEATURE_KINDS = [
  'corridor', // a linear development corridor or axis
  'centre', // a science/innovation centre or hub
  'platform', // a talent/innovation platform, park, base or incubator
  'zone', // a planned functional zone (core, new town, special zone, spillover area)
  'block', // a named block (片区/板块/区块) inside a zone
  'town', // a township or street named as part of a zone
  'enclave', // an out-of-town innovation enclave (飞地/飞楼) in another city
] as const;

export const GEOMETRY_QUALITY = ['schematic', 'approximate', 'official'] as const;
/**
 * "county-seat": the plan names only the county, so the point stands at the
 * county seat (and says so). "unplaced": the plan names the feature but gives
 * no site; it has no geometry and is listed, not drawn.
 */
export const FEATURE_GEOMETRY_QUALITY = [...GEOMETRY_QUALITY, 'county-seat', 'unplaced'] as const;

/**
 * How a schematic shape is drawn by scripts/build-geodata.ts. Positions come
 * from the places in geodata/records/; everything is clipped to the feature's
 * county (and a circle with withinParent to its parent's shape too).
 */
export const recipeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('point'), place: id }).strict(),
  /**
   * The seat of the feature's county (the place `place-seat-<code>` or the
   * county's listed seat), spread on a small ring when several share it.
   */
  z.object({ type: z.literal('seat') }).strict(),
  z
    .object({
      type: z.literal('circle'),
      place: id,
      /** Target area in hectares (e.g. the plan's stated size), or a radius. */
      areaHa: z.number().positive().optional(),
      radiusKm: z.number().positive().optional(),
      /** Also clip the circle to the drawn shape of the feature's parent (parentId). */
      withinParent: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('line'), places: z.array(id).min(2) }).strict(),
  /**
   * Voronoi cells of the named places among the places any townships recipe of
   * the county names, unioned; optionally minus other features' shapes.
   */
  z
    .object({
      type: z.literal('townships'),
      places: z.array(id).min(1),
      minus: z.array(id).optional(),
      /** Extra seats that bound the Voronoi cells of the county but are not part of this shape. */
      context: z.array(id).optional(),
    })
    .strict(),
  /** The whole county, optionally minus other features' shapes. */
  z.object({ type: z.literal('county'), minus: z.array(id).optional() }).strict(),
  /** Union of other features' shapes. */
  z.object({ type: z.literal('union'), of: z.array(id).min(1) }).strict(),
]);
export type Recipe = z.infer<typeof recipeSchema>;

export const featurePropertiesSchema = z
  .object({
    id,
    name: z.string().min(1),
    aliases,
    nameEn: z.string().min(1),
    system: systemSchema,
    kind: z.enum(FEATURE_KINDS),
    /** City-plan platforms (system "city"): which kind of platform, one layer each. */
    platformKind: z.enum(PLATFORM_KINDS).optional(),
    countyCode: countyCodeSchema,
    /** For enclaves: the host city as written in the plan, e.g. 杭州. */
    hostCity: z.string().min(1).optional(),
    /** The host city in English (Hangzhou); required with hostCity. */
    hostCityEn: z.string().min(1).optional(),
    /** Containing feature (a block inside a zone, a platform inside a core). */
    parentId: id.optional(),
    /** For enclaves: the home platform or county feature that runs it. */
    operatorId: id.optional(),
    role: z.string().min(1),
    roleEn: z.string().min(1),
    industryIds: z.array(id),
    /** Size the plan states, in hectares, when it states one. */
    statedAreaHa: z.number().positive().optional(),
    geometryQuality: z.enum(FEATURE_GEOMETRY_QUALITY),
    /** How the geometry was made, in plain words (written in English), and in Chinese. */
    geometryMethod: z.string().min(1),
    geometryMethodZh: z.string().min(1).optional(),
    recipe: recipeSchema.optional(),
    certainty: z.enum(['stated', 'inferred']),
    /** Why an inferred feature or membership was inferred. Required when inferred. */
    inferenceNote: z.string().min(1).optional(),
    inferenceNoteEn: z.string().min(1).optional(),
    sources,
  })
  .strict();
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;

export const industrySchema = z
  .object({
    id,
    name: z.string().min(1),
    aliases,
    nameEn: z.string().min(1),
    /** Which plan's industry system it belongs to. */
    framework: z.enum(['city-5+2', 'liandu-digital', 'jinyun-2+x', 'xianju']),
    parentId: id.optional(),
    /** Related industries in other frameworks (e.g. a county chain under a city cluster). */
    relatedIds: z.array(id).optional(),
    sources,
  })
  .strict();
export type Industry = z.infer<typeof industrySchema>;

/** local: in the plan's area; partner: works with Lishui's firms; benchmark: a reference elsewhere. */
export const ENTERPRISE_KINDS = ['local', 'partner', 'benchmark'] as const;
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number];

export const enterpriseSchema = z
  .object({
    id,
    name: z.string().min(1),
    aliases,
    nameEn: z.string().min(1).optional(),
    /**
     * The firm's main role: local (operates in the plan's area), partner (works with
     * Lishui or its firms, e.g. co-builds a centre, but is neither local nor a mere
     * reference) or benchmark (cited only as a reference firm elsewhere).
     */
    kind: z.enum(ENTERPRISE_KINDS),
    /** Every role the plans give the firm, when more than one (includes `kind`). */
    roles: z.array(z.enum(ENTERPRISE_KINDS)).min(2).optional(),
    /**
     * planned: the plans only hope for the firm's presence or role (a centre still to
     * be built, a cooperation to be sought); the text does not say it is in place.
     */
    presence: z.enum(['planned']).optional(),
    presenceNote: z.string().min(1).optional(),
    presenceNoteEn: z.string().min(1).optional(),
    industryIds: z.array(id),
    countyCode: countyCodeSchema.optional(),
    featureId: id.optional(),
    /** For benchmark firms: where they are, as written (e.g. 深圳), and in English. */
    location: z.string().min(1).optional(),
    locationEn: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    noteEn: z.string().min(1).optional(),
    sources,
  })
  .strict();
export type Enterprise = z.infer<typeof enterpriseSchema>;

export const targetScopeSchema = z
  .object({
    kind: z.enum(['city', 'county', 'feature', 'industry']),
    id: z.string().min(1),
  })
  .strict();

export const targetSchema = z
  .object({
    id,
    indicator: z.string().min(1),
    indicatorEn: z.string().min(1),
    scope: targetScopeSchema,
    industryId: id.optional(),
    /** Target value in `unit`, or null when the plan states it only in words (see valueText). */
    value: z.number().nullable(),
    /** The target as written when it is not a plain number (e.g. 翻一番, 破零). */
    valueText: z.string().min(1).optional(),
    /** valueText in English, in our words. */
    valueTextEn: z.string().min(1).optional(),
    comparator: z.enum(['=', '>=', '<=', '~']).default('='),
    unit: z.string(),
    year: z.number().int().min(2000).max(2050).nullable(),
    baselineValue: z.number().optional(),
    baselineYear: z.number().int().min(1990).max(2050).optional(),
    /** Targets that contradict each other share a conflictGroup. */
    conflictGroup: id.optional(),
    conflictNote: z.string().min(1).optional(),
    conflictNoteEn: z.string().min(1).optional(),
    sources,
  })
  .strict();
export type Target = z.infer<typeof targetSchema>;

export const placeSchema = z
  .object({
    id,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    countyCode: countyCodeSchema,
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    /** Where the position comes from, in plain words. */
    positionSource: z.string().min(1),
    quality: z.enum(['gazetteer', 'approximate']),
    /** The county (code) whose seat this place is: "seat" recipes stand here. */
    seatOf: countyCodeSchema.optional(),
  })
  .strict();
export type Place = z.infer<typeof placeSchema>;

export const defectSchema = z
  .object({
    id,
    kind: z.enum(['lost-figure', 'page-break', 'ocr', 'inconsistency', 'other']),
    description: z.string().min(1),
    descriptionEn: z.string().min(1),
    sources,
  })
  .strict();

export const actionSchema = z
  .object({
    id,
    name: z.string().min(1),
    aliases,
    nameEn: z.string().min(1),
    summary: z.string().min(1),
    summaryEn: z.string().min(1),
    responsibleUnits: z.array(z.string().min(1)),
    /** The same units in English, in the same order. */
    responsibleUnitsEn: z.array(z.string().min(1)),
    /** Counties named among the responsible units. */
    countyCodes: z.array(countyCodeSchema),
    sources,
  })
  .strict()
  .refine((action) => action.responsibleUnitsEn.length === action.responsibleUnits.length, {
    message: 'responsibleUnitsEn needs one English name per responsible unit, in the same order',
    path: ['responsibleUnitsEn'],
  });

export const countyProfileSchema = z
  .object({
    countyCode: countyCodeSchema,
    industryIds: z.array(id),
    note: z.string().min(1).optional(),
    noteEn: z.string().min(1).optional(),
    sources,
  })
  .strict();

/** A note the plans give about a link (a key technology, a shortage of talent), in our words, cited. */
const chainNoteSchema = z
  .object({
    text: z.string().min(1),
    textEn: z.string().min(1),
    sources,
  })
  .strict();

/**
 * What the plan itself says of a link's standing: `gap` where it calls the
 * link missing or weak in Lishui (空白, 短板, 缺失), `attract` where it names it
 * a priority to bring in (招引, 补链, 延链). Recorded as the plan says it, beside
 * the presence the app computes from the records.
 */
const planVerdictSchema = z
  .object({
    kind: z.enum(['gap', 'attract']),
    note: z.string().min(1),
    noteEn: z.string().min(1),
    sources,
  })
  .strict();

const chainLinkFields = {
  id,
  /** The link as the plan names it (a product, a process, a segment). */
  name: z.string().min(1),
  aliases,
  nameEn: z.string().min(1),
  /** Industries of records/ that are this link (a chain record under a cluster). */
  industryIds: z.array(id).optional(),
  /**
   * Firms the plans put in this link: local and partner firms, and the
   * reference firms elsewhere (benchmark) the plans cite for it. Which is which
   * comes from the enterprise records, never from here.
   */
  enterpriseIds: z.array(id).optional(),
  /** Platforms (features) the plans say host the link. */
  platformIds: z.array(id).optional(),
  /** Counties the plans say host the link (6-digit codes). */
  countyCodes: z.array(countyCodeSchema).optional(),
  technologies: z.array(chainNoteSchema).optional(),
  talent: z.array(chainNoteSchema).optional(),
  verdict: planVerdictSchema.optional(),
  sources,
};

export const chainSubLinkSchema = z.object(chainLinkFields).strict();
export const chainLinkSchema = z
  .object({ ...chainLinkFields, links: z.array(chainSubLinkSchema).optional() })
  .strict();
export type ChainLink = z.infer<typeof chainLinkSchema>;
export type ChainSubLink = z.infer<typeof chainSubLinkSchema>;

export const chainStageSchema = z
  .object({
    id,
    /** upstream / midstream / downstream, or the plan's own stage name in `name`. */
    position: z.enum(['upstream', 'midstream', 'downstream', 'support']),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    links: z.array(chainLinkSchema).min(1),
    sources,
  })
  .strict();

/**
 * An industry chain as a plan describes it: stages left to right, each of
 * links and sub-links. One chain per industry (`industryId`), ids of chains,
 * stages and links share the geodata namespace.
 */
export const chainSchema = z
  .object({
    id,
    industryId: id,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /** The lost chain figure the text refers to, e.g. 图2-1, when there is one. */
    figure: z.string().min(1).optional(),
    summary: z.string().min(1),
    summaryEn: z.string().min(1),
    stages: z.array(chainStageSchema).min(1),
    sources,
  })
  .strict();
export type Chain = z.infer<typeof chainSchema>;

export const recordsFileSchema = z
  .object({
    industries: z.array(industrySchema).default([]),
    enterprises: z.array(enterpriseSchema).default([]),
    targets: z.array(targetSchema).default([]),
    places: z.array(placeSchema).default([]),
    defects: z.array(defectSchema).default([]),
    actions: z.array(actionSchema).default([]),
    countyProfiles: z.array(countyProfileSchema).default([]),
    chains: z.array(chainSchema).default([]),
  })
  .strict();
export type RecordsFile = z.infer<typeof recordsFileSchema>;

/** geodata/shizi-lianzhu.json: the "十子连珠" members and open candidates, inferred because figure 1-1 is lost. */
export const shiziMembershipSchema = z
  .object({
    /** The corridor the pearls are strung along: its detail lists members and candidates. */
    corridorId: id.optional(),
    note: z.string().min(1),
    noteEn: z.string().min(1),
    members: z
      .array(
        z
          .object({
            featureId: id,
            certainty: z.enum(['stated', 'inferred']),
            reason: z.string().min(1),
            reasonEn: z.string().min(1),
            sources,
          })
          .strict(),
      )
      .min(1),
    /**
     * Open candidates for the members the text does not settle, each with the line
     * that names it; featureId only when the candidate is a feature of layers/.
     */
    candidates: z
      .array(
        z
          .object({
            name: z.string().min(1),
            /** The name as the cited line writes it, when `name` joins a list item to its shared noun. */
            asWritten: z.string().min(1).optional(),
            /** County it is in; omitted when the text does not say. */
            countyCode: countyCodeSchema.optional(),
            featureId: id.optional(),
            reason: z.string().min(1),
            reasonEn: z.string().min(1),
            sources,
          })
          .strict(),
      )
      .optional(),
    sources,
  })
  .strict();

/** geodata/sources.json: the five documents, keyed by seed file name. */
export const documentSchema = z
  .object({
    title: z.string().min(1),
    titleEn: z.string().min(1),
    shortTitle: z.string().min(1),
    shortTitleEn: z.string().min(1),
    issuer: z.string().min(1),
    issuerEn: z.string().min(1),
    date: z.string().nullable(),
    period: z.string().min(1),
    titleLine: z.number().int().min(1),
  })
  .strict();
export const sourcesFileSchema = z.record(z.enum(SEED_FILES), documentSchema);
export type DocumentInfo = z.infer<typeof documentSchema>;

/** Properties of the boundary files built by scripts/build-geodata.ts. */
export const countyPropertiesSchema = z
  .object({
    id,
    code: countyCodeSchema,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    city: z.string().min(1),
    province: z.string().min(1),
    geometryQuality: z.enum(GEOMETRY_QUALITY),
    simplifiedToleranceDegrees: z.number().positive().optional(),
  })
  .strict();
export type CountyProperties = z.infer<typeof countyPropertiesSchema>;

// ---- Rivers (geodata/boundaries/rivers.geojson, built from GSHHG) ----

/** Properties of a river line: WDBII carries levels, not names; a name given from the course is inferred. */
export const riverPropertiesSchema = z
  .object({
    id,
    /** WDBII river level: 1 permanent major, 2 additional major, 3 additional, 4 minor rivers … 11 canals. */
    level: z.number().int().min(0).max(11),
    name: z.string().min(1).optional(),
    nameEn: z.string().min(1).optional(),
    /** True: the source has no names; this one was identified from the river's course (geodata/README.md). */
    nameInferred: z.literal(true).optional(),
  })
  .strict()
  .refine((river) => (river.name === undefined) === (river.nameEn === undefined), {
    message: 'a river name needs its English name (nameEn), and the other way round',
    path: ['nameEn'],
  })
  .refine((river) => river.name === undefined || river.nameInferred === true, {
    message: 'the river source carries no names: a name must be marked nameInferred: true',
    path: ['nameInferred'],
  });
export type RiverProperties = z.infer<typeof riverPropertiesSchema>;
