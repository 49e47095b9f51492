/**
 * Rules for tours (geodata/tours/<id>.json, and tours imported in the app):
 * the schema, every feature, layer, industry, county and target a step names
 * exists, "fit" features have a shape, and explicit cameras lie inside the
 * map's bounds. The app's import uses checkTour too, so an exported tour
 * passes `npm run validate` exactly when the app accepts it.
 */
import { BOUNDARY_LAYERS, thematicLayers } from '../layer-catalog';
import { tourSchema, isViewCamera, TOUR_FILE, type Tour } from '../tour-schema';
import { MAP_BOUNDS } from '@/data/geo/map-bounds';
import { makeIssue, type Issue } from './issue';
import type { LocatedGeodata } from './located';
import { countyFeatureId } from '@/data/county-id';
import type { Chain } from '../schema';
import { chainLinks } from '@/data/chains/chain-links';

/** What a tour may refer to. Feature ids include counties as "county-<code>". */
export interface TourContext {
  featureIds: ReadonlySet<string>;
  /** Features that have a geometry (unplaced ones cannot be framed). */
  placedFeatureIds: ReadonlySet<string>;
  layerIds: ReadonlySet<string>;
  industryIds: ReadonlySet<string>;
  countyCodes: ReadonlySet<string>;
  targetIds: ReadonlySet<string>;
  /** Link ids of each industry that has a chain. */
  chainLinks: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Link ids (and sub-link ids) of each chain's industry. */
export function chainLinksByIndustry(chains: readonly Chain[]): Map<string, Set<string>> {
  return new Map(
    chains.map((chain) => [chain.industryId, new Set(chainLinks(chain).map((link) => link.id))]),
  );
}

/** A finding inside one tour: `where` is "steps[i]" (or absent for the tour), `field` the path below it. */
export interface TourProblem {
  rule: 'tour-schema' | 'tour-reference' | 'tour-bounds';
  where?: string;
  field: string;
  message: string;
}

export type TourCheck = { ok: true; tour: Tour } | { ok: false; problems: TourProblem[] };

function inBounds([lng, lat]: [number, number]): boolean {
  const [[west, south], [east, north]] = MAP_BOUNDS;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** Reference and bounds checks of a schema-valid tour. */
export function checkTourReferences(tour: Tour, context: TourContext): TourProblem[] {
  const problems: TourProblem[] = [];
  tour.steps.forEach((step, index) => {
    const where = `steps[${index}]`;
    const unknown = (field: string, value: string, noun: string) =>
      problems.push({ rule: 'tour-reference', where, field, message: `"${value}" is not ${noun}` });
    if (isViewCamera(step.camera)) {
      if (!inBounds(step.camera.center)) {
        const [[west, south], [east, north]] = MAP_BOUNDS;
        problems.push({
          rule: 'tour-bounds',
          where,
          field: 'camera.center',
          message: `[${step.camera.center.join(', ')}] is outside the map bounds; expected longitude ${west}–${east} and latitude ${south}–${north}`,
        });
      }
    } else {
      step.camera.fit.forEach((id, position) => {
        const field = `camera.fit[${position}]`;
        if (!context.featureIds.has(id))
          unknown(field, id, 'a feature id; expected a plan feature id or county-<code>');
        else if (!context.placedFeatureIds.has(id))
          problems.push({
            rule: 'tour-reference',
            where,
            field,
            message: `"${id}" has no geometry (unplaced); expected a feature with a shape`,
          });
      });
    }
    step.layers.forEach((id, position) => {
      if (!context.layerIds.has(id))
        unknown(
          `layers[${position}]`,
          id,
          `a thematic layer id; expected one of ${[...context.layerIds].join(', ')}`,
        );
    });
    step.highlight.forEach((id, position) => {
      if (!context.featureIds.has(id))
        unknown(
          `highlight[${position}]`,
          id,
          'a feature id; expected a plan feature id or county-<code>',
        );
    });
    if (step.filter?.kind === 'industry' && !context.industryIds.has(step.filter.id))
      unknown('filter.id', step.filter.id, 'an industry id');
    if (step.filter?.kind === 'county' && !context.countyCodes.has(step.filter.id))
      unknown('filter.id', step.filter.id, 'a county code in boundaries/');
    step.figures.forEach((id, position) => {
      if (!context.targetIds.has(id)) unknown(`figures[${position}]`, id, 'a target id');
    });
    if (step.chain) {
      const links = context.chainLinks.get(step.chain.industryId);
      if (!links) unknown('chain.industryId', step.chain.industryId, 'an industry with a chain');
      else if (step.chain.linkId && !links.has(step.chain.linkId))
        unknown('chain.linkId', step.chain.linkId, `a link of the ${step.chain.industryId} chain`);
    }
  });
  return problems;
}

/** Schema then references: the one check shared by `npm run validate` and the app's import. */
export function checkTour(value: unknown, context: TourContext): TourCheck {
  const parsed = tourSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const [first, second, ...rest] = issue.path.map(String);
        const isStep = first === 'steps' && second !== undefined;
        return isStep
          ? {
              rule: 'tour-schema' as const,
              where: `steps[${second}]`,
              field: rest.join('.'),
              message: issue.message,
            }
          : {
              rule: 'tour-schema' as const,
              field: [first, second, ...rest].filter((part) => part !== undefined).join('.'),
              message: issue.message,
            };
      }),
    };
  }
  const problems = checkTourReferences(parsed.data, context);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tour: parsed.data };
}

/** "steps[2] › camera.fit[0]: message" — how the app shows an import problem. */
export function formatTourProblem(problem: TourProblem): string {
  return `${[problem.where, problem.field].filter(Boolean).join(' › ')}: ${problem.message}`;
}

export function tourContextFromGeodata(geodata: LocatedGeodata): TourContext {
  const counties = [...geodata.counties.keys(), ...geodata.neighbours.keys()];
  const featureIds = new Set([
    ...geodata.features.map((feature) => feature.value.id),
    ...counties.map((code) => countyFeatureId(code)),
    ...geodata.unparsedIds,
  ]);
  const placed = new Set([
    ...geodata.features
      .filter((feature) => feature.geometry !== null)
      .map((feature) => feature.value.id),
    ...counties.map((code) => countyFeatureId(code)),
  ]);
  const layers = thematicLayers(
    geodata.features.map((feature) => ({ properties: feature.value })),
  ).map((layer) => layer.id);
  return {
    featureIds,
    placedFeatureIds: placed,
    layerIds: new Set<string>([...layers, ...BOUNDARY_LAYERS]),
    industryIds: new Set(geodata.industries.map((industry) => industry.value.id)),
    countyCodes: new Set(counties),
    targetIds: new Set([
      ...geodata.targets.map((target) => target.value.id),
      ...geodata.unparsedIds,
    ]),
    chainLinks: chainLinksByIndustry(geodata.chains.map((chain) => chain.value)),
  };
}

/** Rule for one tours/<id>.json file: schema, references, bounds, and the file named after its id. */
export function checkTourFile(file: string, value: unknown, geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const result = checkTour(value, tourContextFromGeodata(geodata));
  if (!result.ok) {
    for (const problem of result.problems)
      issues.push(
        makeIssue(
          problem.rule,
          { file, ...(problem.where ? { where: problem.where } : {}) },
          problem.field || undefined,
          problem.message,
        ),
      );
    return issues;
  }
  const expectedId = TOUR_FILE.exec(file)?.[1];
  if (expectedId !== result.tour.id)
    issues.push(
      makeIssue(
        'tour-schema',
        { file },
        'id',
        `"${result.tour.id}" does not match the file name; expected "${expectedId}" (deep links find tours by file name)`,
      ),
    );
  return issues;
}
