import type { Item, JourneyMap, Metric, Quote } from '../model/schema';
import { evidenceOf } from './insights';
import type { EvidenceStatus } from './insights';
import { metricSchema, quoteSchema } from '../model/schema';
import type {
  DeclaredEvidence,
  MetricDirection,
  MetricKind,
  OpportunityStatus,
  QuoteSource,
} from '../model/vocabulary';
import { DECLARED_EVIDENCE, OPPORTUNITY_STATUSES } from '../model/vocabulary';
import { validateMetricValue } from '../metrics/validate';
import { err, ok } from '../result';
import { cellProblem, placeInCell } from './cells';
import type { EditError, EditResult } from './errors';
import { DONE, notFound } from './errors';
import { optionalList, optionalText, textProblem, toScore, writeField } from './fields';
import { newIdProblem, takenIds } from './ids';

/**
 * Evidence on the map ("Evidence on the map"): metric snapshots, quotes, what each item rests on, and
 * the action-plan fields of opportunities. Same contract as every edit in `shared/logic`: mutate the
 * draft, return a plain result, and leave the map untouched when refusing.
 */

/** What an item rests on: `observed` when a quote or metric backs it, else what the team declared. */
export type { EvidenceStatus } from './insights';

/** How much evidence backs an item: its quotes and its metric series (distinct kind/name pairs). */
export interface ItemEvidenceCount {
  readonly quoteCount: number;
  readonly metricSeriesCount: number;
  readonly snapshotCount: number;
}

export const itemEvidenceOf = (map: JourneyMap, itemId: string): ItemEvidenceCount => {
  const snapshots = map.metrics.filter((metric) => metric.itemId === itemId);
  const series = new Set(snapshots.map((metric) => JSON.stringify([metric.kind, metric.name ?? ''])));
  return {
    quoteCount: map.quotes.filter((quote) => quote.itemIds.includes(itemId)).length,
    metricSeriesCount: series.size,
    snapshotCount: snapshots.length,
  };
};

/** FORMAT-EXTENSIONS.md: a linked quote or metric makes an item observed, whatever `evidence` says. */
export const evidenceStatusOf = (map: JourneyMap, itemId: string): EvidenceStatus =>
  // One rule for the whole app: the canvas chips and the Insights panel read `evidenceOf` too.
  evidenceOf({ ...map, items: map.items.filter((item) => item.id === itemId) }).get(itemId)?.status ??
  'assumed';

const findItem = (map: JourneyMap, itemId: string): Item | undefined =>
  map.items.find((item) => item.id === itemId);

const invalid = (field: string, problem: string): EditError => ({ reason: 'invalid-value', field, problem });

/** The schema's first complaint about a record, phrased as an edit error (or null when it is valid). */
const recordProblem = (parsed: {
  success: boolean;
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
}): EditError | null => {
  if (parsed.success) return null;
  const issue = parsed.error?.issues[0];
  return invalid(String(issue?.path[0] ?? 'value'), issue?.message ?? 'is not valid');
};

// ---------------------------------------------------------------------------------------------- metrics

/** Fields of a snapshot an edit can set; `null` (and blank text) removes an optional field. */
export interface MetricFields {
  readonly kind?: MetricKind;
  readonly name?: string | null;
  readonly value?: number;
  readonly unit?: string | null;
  readonly target?: number | null;
  /** ISO-8601 date, `YYYY-MM-DD`. */
  readonly takenAt?: string;
  readonly sampleSize?: number | null;
  readonly source?: string | null;
  readonly direction?: MetricDirection | null;
}

/** What a snapshot is about: an item, a stage, or (neither) the whole map. */
export interface MetricScopeRef {
  readonly itemId?: string;
  readonly stageId?: string;
}

export interface NewMetric extends MetricFields, MetricScopeRef {
  readonly id: string;
  readonly kind: MetricKind;
  readonly value: number;
  readonly takenAt: string;
}

/** FORMAT.md field order, so a written file reads the same whoever edited it. */
const METRIC_FIELD_ORDER = [
  'id',
  'kind',
  'name',
  'value',
  'unit',
  'target',
  'takenAt',
  'itemId',
  'stageId',
  'sampleSize',
  'source',
  'direction',
] as const;

const orderedMetric = (record: Record<string, unknown>): Metric => {
  const ordered: Record<string, unknown> = {};
  for (const key of METRIC_FIELD_ORDER) if (record[key] !== undefined) ordered[key] = record[key];
  // Unknown properties from a newer writer follow ours, as they arrived.
  for (const [key, value] of Object.entries(record))
    if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as Metric;
};

const scopeProblem = (map: JourneyMap, scope: MetricScopeRef): EditError | null => {
  if (scope.itemId !== undefined && !findItem(map, scope.itemId)) return notFound('item', scope.itemId);
  if (scope.stageId !== undefined && !map.stages.some((stage) => stage.id === scope.stageId))
    return notFound('stage', scope.stageId);
  return null;
};

/** `current` with `fields` applied, in a fresh plain object, or why the result would not be valid. */
const mergedMetric = (
  current: Record<string, unknown>,
  fields: MetricFields,
): { readonly metric: Metric } | { readonly problem: EditError } => {
  const next: Record<string, unknown> = { ...current };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) next[key] = value === null ? undefined : value;
  };
  set('kind', fields.kind);
  set('name', fields.name === undefined ? undefined : (optionalText(fields.name) ?? null));
  set('value', fields.value);
  set('unit', fields.unit === undefined ? undefined : (optionalText(fields.unit) ?? null));
  set('target', fields.target);
  set('takenAt', fields.takenAt);
  set('sampleSize', fields.sampleSize);
  set('source', fields.source === undefined ? undefined : (optionalText(fields.source) ?? null));
  set('direction', fields.direction);
  // Only a custom KPI needs to be told which way is good; the built-in kinds know theirs.
  if (next.kind !== 'custom') next.direction = undefined;
  const kind = next.kind as MetricKind;
  const value = next.value as number;
  const checked = validateMetricValue(kind, value);
  if (!checked.ok) return { problem: invalid('value', checked.error) };
  const metric = orderedMetric(next);
  const problem = recordProblem(metricSchema.safeParse(metric));
  return problem ? { problem } : { metric };
};

/** Adds a snapshot; a value outside its kind's range is refused with `validateMetricValue`'s message. */
export const addMetric = (map: JourneyMap, metric: NewMetric): EditResult<void> => {
  const problem =
    newIdProblem(takenIds(map), metric.id) ??
    scopeProblem(map, metric) ??
    (metric.itemId !== undefined && metric.stageId !== undefined
      ? invalid('stageId', 'cannot be set together with itemId')
      : null);
  if (problem) return err(problem);
  const base: Record<string, unknown> = { id: metric.id, kind: metric.kind, value: metric.value };
  if (metric.itemId !== undefined) base.itemId = metric.itemId;
  if (metric.stageId !== undefined) base.stageId = metric.stageId;
  const merged = mergedMetric(base, metric);
  if ('problem' in merged) return err(merged.problem);
  map.metrics.push(merged.metric);
  return DONE;
};

/** Edits a snapshot's fields; fields left out stay as they are. */
export const updateMetric = (map: JourneyMap, metricId: string, fields: MetricFields): EditResult<void> => {
  const metric = map.metrics.find((candidate) => candidate.id === metricId);
  if (!metric) return err(notFound('metric', metricId));
  const merged = mergedMetric({ ...metric }, fields);
  if ('problem' in merged) return err(merged.problem);
  const record = metric as Record<string, unknown>;
  for (const key of new Set([...Object.keys(record), ...Object.keys(merged.metric)])) {
    writeField(record, key, (merged.metric as Record<string, unknown>)[key]);
  }
  return DONE;
};

export const deleteMetric = (map: JourneyMap, metricId: string): EditResult<void> => {
  const index = map.metrics.findIndex((metric) => metric.id === metricId);
  if (index < 0) return err(notFound('metric', metricId));
  map.metrics.splice(index, 1);
  return DONE;
};

// ----------------------------------------------------------------------------------------------- quotes

export interface QuoteFields {
  readonly text?: string;
  readonly source?: QuoteSource;
  /** ISO-8601 date; `null` removes it. */
  readonly capturedAt?: string | null;
  /** −2…2; `null` removes it. */
  readonly sentiment?: number | null;
  readonly personaId?: string | null;
  readonly itemIds?: readonly string[];
}

export interface NewQuote extends QuoteFields {
  readonly id: string;
  readonly text: string;
  readonly source: QuoteSource;
}

const QUOTE_FIELD_ORDER = [
  'id',
  'text',
  'source',
  'capturedAt',
  'sentiment',
  'personaId',
  'itemIds',
] as const;

const quoteReferenceProblem = (map: JourneyMap, fields: QuoteFields): EditError | null => {
  if (fields.personaId != null && !map.personas.some((persona) => persona.id === fields.personaId))
    return notFound('persona', fields.personaId);
  const missing = fields.itemIds?.find((itemId) => !findItem(map, itemId));
  return missing === undefined ? null : notFound('item', missing);
};

const mergedQuote = (
  current: Record<string, unknown>,
  fields: QuoteFields,
): { readonly quote: Quote } | { readonly problem: EditError } => {
  const next: Record<string, unknown> = { ...current };
  if (fields.text !== undefined) next.text = fields.text;
  if (fields.source !== undefined) next.source = fields.source;
  if (fields.capturedAt !== undefined) next.capturedAt = optionalText(fields.capturedAt);
  if (fields.sentiment !== undefined) next.sentiment = fields.sentiment ?? undefined;
  if (fields.personaId !== undefined) next.personaId = fields.personaId ?? undefined;
  if (fields.itemIds !== undefined) next.itemIds = [...new Set(fields.itemIds)];
  const ordered: Record<string, unknown> = {};
  for (const key of QUOTE_FIELD_ORDER) if (next[key] !== undefined) ordered[key] = next[key];
  for (const [key, value] of Object.entries(next))
    if (!(key in ordered) && value !== undefined) ordered[key] = value;
  const problem = recordProblem(quoteSchema.safeParse(ordered));
  return problem ? { problem } : { quote: ordered as Quote };
};

export const addQuote = (map: JourneyMap, quote: NewQuote): EditResult<void> => {
  const problem = newIdProblem(takenIds(map), quote.id) ?? quoteReferenceProblem(map, quote);
  if (problem) return err(problem);
  const merged = mergedQuote({ id: quote.id, itemIds: [] }, quote);
  if ('problem' in merged) return err(merged.problem);
  map.quotes.push(merged.quote);
  return DONE;
};

export const updateQuote = (map: JourneyMap, quoteId: string, fields: QuoteFields): EditResult<void> => {
  const quote = map.quotes.find((candidate) => candidate.id === quoteId);
  if (!quote) return err(notFound('quote', quoteId));
  const problem = quoteReferenceProblem(map, fields);
  if (problem) return err(problem);
  const merged = mergedQuote({ ...quote }, fields);
  if ('problem' in merged) return err(merged.problem);
  const record = quote as Record<string, unknown>;
  for (const key of new Set([...Object.keys(record), ...Object.keys(merged.quote)])) {
    writeField(record, key, (merged.quote as Record<string, unknown>)[key]);
  }
  return DONE;
};

export const deleteQuote = (map: JourneyMap, quoteId: string): EditResult<void> => {
  const index = map.quotes.findIndex((quote) => quote.id === quoteId);
  if (index < 0) return err(notFound('quote', quoteId));
  map.quotes.splice(index, 1);
  return DONE;
};

/** Links (or, with `linked` false, unlinks) a quote and an item; a quote may back any number of items. */
export const linkQuote = (
  map: JourneyMap,
  quoteId: string,
  itemId: string,
  linked = true,
): EditResult<void> => {
  const quote = map.quotes.find((candidate) => candidate.id === quoteId);
  if (!quote) return err(notFound('quote', quoteId));
  if (!findItem(map, itemId)) return err(notFound('item', itemId));
  const has = quote.itemIds.includes(itemId);
  if (linked && !has) quote.itemIds.push(itemId);
  if (!linked && has) quote.itemIds.splice(quote.itemIds.indexOf(itemId), 1);
  return DONE;
};

// ------------------------------------------------------------------------------ evidence, action plan

/** What an item rests on when nothing backs it; `null` returns to the default (assumed). */
export const setItemEvidence = (
  map: JourneyMap,
  itemId: string,
  evidence: DeclaredEvidence | null,
): EditResult<void> => {
  const item = findItem(map, itemId);
  if (!item) return err(notFound('item', itemId));
  if (evidence !== null && !(DECLARED_EVIDENCE as readonly string[]).includes(evidence))
    return err(invalid('evidence', `is not one of ${DECLARED_EVIDENCE.join(', ')}`));
  // Absent means assumed (FORMAT-EXTENSIONS.md), so "assumed" is stored as no field: files stay tidy.
  writeField(item, 'evidence', evidence === 'proposed' ? 'proposed' : undefined);
  return DONE;
};

/** The action-plan fields of an opportunity; `null` (or an empty list) removes a field. */
export interface OpportunityFields {
  readonly impact?: number | null;
  readonly deliveryEffort?: number | null;
  readonly status?: OpportunityStatus | null;
  readonly owner?: string | null;
  readonly addressesItemIds?: readonly string[];
}

export const setOpportunityFields = (
  map: JourneyMap,
  itemId: string,
  fields: OpportunityFields,
): EditResult<void> => {
  const item = findItem(map, itemId);
  if (!item) return err(notFound('item', itemId));
  if (item.kind !== 'opportunity') return err(invalid('kind', 'is not an opportunity'));
  const writes: [string, unknown][] = [];
  for (const field of ['impact', 'deliveryEffort'] as const) {
    const value = fields[field];
    if (value === undefined) continue;
    if (value === null) {
      writes.push([field, undefined]);
      continue;
    }
    const score = toScore(field, value);
    if ('problem' in score) return err(score.problem);
    writes.push([field, score.score]);
  }
  if (fields.status !== undefined) {
    if (fields.status !== null && !(OPPORTUNITY_STATUSES as readonly string[]).includes(fields.status))
      return err(invalid('status', `is not one of ${OPPORTUNITY_STATUSES.join(', ')}`));
    writes.push(['status', fields.status ?? undefined]);
  }
  if (fields.owner !== undefined) {
    const problem = textProblem('owner', fields.owner ?? '');
    if (problem) return err(problem);
    writes.push(['owner', optionalText(fields.owner)]);
  }
  if (fields.addressesItemIds !== undefined) {
    const missing = fields.addressesItemIds.find((id) => !findItem(map, id));
    if (missing !== undefined) return err(notFound('item', missing));
    if (fields.addressesItemIds.includes(itemId))
      return err(invalid('addressesItemIds', 'cannot include the opportunity itself'));
    writes.push(['addressesItemIds', optionalList([...new Set(fields.addressesItemIds)])]);
  }
  for (const [key, value] of writes) writeField(item, key, value);
  return DONE;
};

// -------------------------------------------------------------------------------------- survey import

/** An item the survey import creates for a touchpoint name the map does not have yet. */
export interface SurveyNewItem {
  readonly id: string;
  readonly title: string;
  readonly stageId: string;
  readonly laneId: string;
}

export interface SurveyImport {
  readonly metrics: readonly Metric[];
  readonly quotes: readonly Quote[];
  readonly newItems: readonly SurveyNewItem[];
}

export interface SurveyImportSummary {
  readonly metricCount: number;
  readonly quoteCount: number;
  readonly itemCount: number;
}

/**
 * Writes a confirmed survey import as one edit: the new touchpoints first (metrics and quotes may point
 * at them), then the snapshots and quotes. Everything is checked before anything is written, so a
 * refused import leaves the map as it was.
 */
export const applySurveyImport = (map: JourneyMap, input: SurveyImport): EditResult<SurveyImportSummary> => {
  const taken = takenIds(map);
  const newItemIds = new Set<string>();
  for (const item of input.newItems) {
    const problem =
      newIdProblem(taken, item.id) ??
      cellProblem(map, { stageId: item.stageId, laneId: item.laneId }) ??
      textProblem('title', item.title);
    if (problem) return err(problem);
    taken.add(item.id);
    newItemIds.add(item.id);
  }
  const itemExists = (itemId: string) => newItemIds.has(itemId) || findItem(map, itemId) !== undefined;
  for (const metric of input.metrics) {
    const problem =
      newIdProblem(taken, metric.id) ??
      (metric.itemId !== undefined && !itemExists(metric.itemId) ? notFound('item', metric.itemId) : null) ??
      recordProblem(metricSchema.safeParse(metric));
    if (problem) return err(problem);
    taken.add(metric.id);
  }
  for (const quote of input.quotes) {
    const missing = quote.itemIds.find((itemId) => !itemExists(itemId));
    const problem =
      newIdProblem(taken, quote.id) ??
      (missing === undefined ? null : notFound('item', missing)) ??
      recordProblem(quoteSchema.safeParse(quote));
    if (problem) return err(problem);
    taken.add(quote.id);
  }

  for (const item of input.newItems) {
    const record: Item = {
      id: item.id,
      kind: 'touchpoint',
      stageId: item.stageId,
      laneId: item.laneId,
      order: 0,
      title: item.title,
    };
    map.items.push(record);
    placeInCell(map, [record], { stageId: item.stageId, laneId: item.laneId }, undefined);
  }
  map.metrics.push(...input.metrics.map((metric) => ({ ...metric })));
  map.quotes.push(...input.quotes.map((quote) => ({ ...quote, itemIds: [...quote.itemIds] })));
  return ok({
    metricCount: input.metrics.length,
    quoteCount: input.quotes.length,
    itemCount: input.newItems.length,
  });
};
