import { z } from 'zod';
import {
  CHANNELS,
  DECLARED_EVIDENCE,
  ITEM_KINDS,
  LANE_KINDS,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  METRIC_RANGES,
  OPPORTUNITY_STATUSES,
  QUOTE_SOURCES,
  SCORE_MAX,
  SCORE_MIN,
  SENTIMENT_MAX,
  SENTIMENT_MIN,
} from './vocabulary';

// Zod compiles object parsers with `new Function` when it may. The app's CSP forbids eval, and zod's
// probe for it is reported as a CSP violation even though zod catches it, so never probe: parse without
// code generation everywhere (it must run as in the renderer anyway). Set before any schema is built.
z.config({ jitless: true });

/**
 * The shape of a `.cxmap` v1 document (FORMAT.md). Every record is a *loose* object: properties this
 * version does not know are kept on load and written back on save, so a newer minor writer's data
 * survives a round trip through us. Cross-record rules (unique ids, references) live in
 * `format/references.ts`, because they need the whole map at once.
 */

const id = z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters');
const text = z.string().max(100_000, 'is longer than 100,000 characters');
/** ISO-8601 date or date-time; we keep the string as written. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'is not an ISO-8601 date');
const wholeNumber = 'must be a whole number';
/** One message for both bounds: "must be between 1 and 5" tells the user the whole scale at once. */
const between = (min: number, max: number) =>
  z
    .number()
    .int(wholeNumber)
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
const score = between(SCORE_MIN, SCORE_MAX);

export const personaSchema = z.looseObject({
  id,
  name: text,
  segment: text.optional(),
  goals: z.array(text).optional(),
  needs: z.array(text).optional(),
  frustrations: z.array(text).optional(),
});

export const stageSchema = z.looseObject({
  id,
  name: text,
  goal: text.optional(),
  description: text.optional(),
});

export const laneSchema = z.looseObject({
  id,
  name: text,
  kind: z.enum(LANE_KINDS),
});

export const itemSchema = z.looseObject({
  id,
  kind: z.enum(ITEM_KINDS),
  stageId: id,
  laneId: id,
  order: z.number().int(wholeNumber).min(0, 'must be 0 or more'),
  title: text,
  description: text.optional(),
  channel: z.enum(CHANNELS).optional(),
  owner: text.optional(),
  personaIds: z.array(id).optional(),
  emotion: score.optional(),
  effort: score.optional(),
  success: score.optional(),
  severity: score.optional(),
  // v1 extensions: evidence and the action plan (optional; see vocabulary.ts).
  evidence: z.enum(DECLARED_EVIDENCE).optional(),
  /** Opportunities: expected impact and the effort to deliver it, 1–5, and where the work stands. */
  impact: score.optional(),
  deliveryEffort: score.optional(),
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  /** Opportunities: the items (friction points) this one addresses. */
  addressesItemIds: z.array(id).optional(),
});

export const linkSchema = z.looseObject({
  id,
  from: id,
  to: id,
  label: text.optional(),
});

export const metricSchema = z
  .looseObject({
    id,
    kind: z.enum(METRIC_KINDS),
    name: text.optional(),
    value: z.number().finite(),
    unit: text.optional(),
    target: z.number().finite().optional(),
    takenAt: isoDate,
    itemId: id.optional(),
    stageId: id.optional(),
    sampleSize: z.number().int(wholeNumber).min(0, 'must be 0 or more').optional(),
    source: text.optional(),
    /** Custom KPIs: which way is good news (v1 extension). */
    direction: z.enum(METRIC_DIRECTIONS).optional(),
  })
  .superRefine((metric, ctx) => {
    const range = METRIC_RANGES[metric.kind];
    if (metric.value < range.min || metric.value > range.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `is ${metric.value}, outside ${range.min}…${range.max} for ${metric.kind}`,
      });
    }
    if (metric.kind === 'custom' && !metric.name?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'is required for a custom metric' });
    }
    if (metric.itemId !== undefined && metric.stageId !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['stageId'], message: 'cannot be set together with itemId' });
    }
  });

export const quoteSchema = z.looseObject({
  id,
  text,
  source: z.enum(QUOTE_SOURCES),
  capturedAt: isoDate.optional(),
  sentiment: between(SENTIMENT_MIN, SENTIMENT_MAX).optional(),
  personaId: id.optional(),
  itemIds: z.array(id),
});

export const journeyMapSchema = z.looseObject({
  id,
  title: text,
  description: text.optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
  personas: z.array(personaSchema),
  stages: z.array(stageSchema),
  lanes: z.array(laneSchema),
  items: z.array(itemSchema),
  links: z.array(linkSchema),
  metrics: z.array(metricSchema),
  quotes: z.array(quoteSchema),
});

export const historyEntrySchema = z.looseObject({
  id,
  parentId: id.optional(),
  createdAt: isoDate,
  label: text.optional(),
  author: text.optional(),
  map: journeyMapSchema,
});

export const CURRENT_FORMAT_VERSION = 1;

export const documentSchema = z.looseObject({
  format: z.literal('cxmap'),
  version: z.literal(CURRENT_FORMAT_VERSION),
  map: journeyMapSchema,
  history: z.array(historyEntrySchema).optional(),
});

export type Persona = z.infer<typeof personaSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type JourneyMap = z.infer<typeof journeyMapSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type CxDocument = z.infer<typeof documentSchema>;
