/**
 * Guided tours (geodata/tours/<id>.json, and tours made in the app): a title
 * and scripted steps. Shapes only; whether the ids a step names exist and its
 * camera is in bounds is checked by validate/tour-rules.ts against the data.
 */
import { z } from '../lib/zod.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9+]+)*$/, 'ids are lower-case kebab-case ascii (a-z, 0-9, -)');

/** A text in both languages; short, in the tour author's own words. */
export const bilingualSchema = z
  .object({ zh: z.string().min(1).max(400), en: z.string().min(1).max(600) })
  .strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

/** An explicit camera: center [lng, lat] in degrees, zoom, bearing and pitch in degrees. */
export const tourViewSchema = z
  .object({
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-180).max(180).default(0),
    pitch: z.number().min(0).max(85).default(0),
  })
  .strict();

/** "Frame these features" (plan feature ids or county-<code>), for whatever screen it plays on. */
export const tourFitSchema = z.object({ fit: z.array(z.string().min(1)).min(1) }).strict();

export const tourCameraSchema = z.union([tourViewSchema, tourFitSchema]);
export type TourCamera = z.infer<typeof tourCameraSchema>;

export const tourFilterSchema = z
  .object({ kind: z.enum(['industry', 'county']), id: z.string().min(1) })
  .strict();

export const tourStepSchema = z
  .object({
    camera: tourCameraSchema,
    /** Thematic layers shown (ids of src/data/layer-catalog.ts); every other one is hidden. */
    layers: z.array(z.string().min(1)).min(1),
    /** Features emphasised: everything else is dimmed; a single one is also selected. */
    highlight: z.array(z.string().min(1)).default([]),
    filter: tourFilterSchema.nullable().default(null),
    caption: bilingualSchema,
    /** Key figures as target ids: values and sources come from the targets data, never retyped. */
    figures: z.array(id).max(4).default([]),
    /** The industry chain shown beside the map during the step (by its industry), and a link in it. */
    chain: z.object({ industryId: id, linkId: id.optional() }).strict().nullable().default(null),
    notes: bilingualSchema,
    /** How long the presenter plans to spend on the step, in seconds (the presenter view's clock). */
    plannedSeconds: z.number().int().min(5).max(3600).optional(),
  })
  .strict();
export type TourStep = z.infer<typeof tourStepSchema>;

export const tourSchema = z
  .object({
    id,
    title: bilingualSchema,
    steps: z.array(tourStepSchema).min(1).max(40),
  })
  .strict();
export type Tour = z.infer<typeof tourSchema>;

export const TOUR_FILE = /^tours\/([^/]+)\.json$/;

export function isViewCamera(camera: TourCamera): camera is z.infer<typeof tourViewSchema> {
  return 'center' in camera;
}
