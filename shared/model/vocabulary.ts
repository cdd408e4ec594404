/** The closed vocabularies of `.cxmap` v1 (FORMAT.md, "Vocabulary"). */

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pains',
  'opportunities',
  'backstage',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const ITEM_KINDS = ['touchpoint', 'friction', 'magic', 'opportunity', 'note'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const CHANNELS = [
  'web',
  'app',
  'email',
  'sms',
  'phone',
  'chat',
  'social',
  'in_person',
  'video',
  'mail',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const METRIC_KINDS = ['nps', 'csat', 'ces', 'churn', 'resolution_time', 'custom'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const QUOTE_SOURCES = [
  'interview',
  'survey',
  'chat',
  'social',
  'review',
  'call',
  'email',
  'focus_group',
  'web_analytics',
  'other',
] as const;
export type QuoteSource = (typeof QUOTE_SOURCES)[number];

/** Inclusive bounds of every 1–5 experience score (emotion, effort, success, severity). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Inclusive bounds of a metric's value by kind; `custom` and `resolution_time` are open above. */
export const METRIC_RANGES: Readonly<Record<MetricKind, { min: number; max: number }>> = {
  nps: { min: -100, max: 100 },
  csat: { min: 0, max: 100 },
  ces: { min: 1, max: 7 },
  churn: { min: 0, max: 100 },
  resolution_time: { min: 0, max: Number.MAX_SAFE_INTEGER },
  custom: { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
};

export const SENTIMENT_MIN = -2;
export const SENTIMENT_MAX = 2;

/**
 * Extensions of version 1 (optional fields, so every v1 reader that keeps unknown properties round-trips
 * them; see FORMAT.md "Unknown properties are preserved"). Documented in docs/FORMAT-EXTENSIONS.md.
 */

/**
 * What an item's claim rests on when no quote or metric backs it: `assumed` (the team believes it) or
 * `proposed` (a design idea). An item backed by a quote or a metric is *observed*, whatever this says.
 */
export const DECLARED_EVIDENCE = ['assumed', 'proposed'] as const;
export type DeclaredEvidence = (typeof DECLARED_EVIDENCE)[number];

/** Where an opportunity stands in the action plan. */
export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in_progress', 'done'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Whether a higher or a lower value of a custom KPI is good news (built-in kinds know their own). */
export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
