import type { JourneyMap } from '../model/schema';
import type { LaneKind } from '../model/vocabulary';

export interface BlankMapOptions {
  readonly id: string;
  /** ISO-8601 date-time of creation; also the first `updatedAt`. */
  readonly now: string;
  readonly title: string;
}

/**
 * The classic journey frame (awareness to use) with the lanes a workshop fills first. Stage and lane
 * ids are fixed words rather than caller-supplied: ids only need to be unique within one map, and
 * readable ids make a fresh file easy to diff.
 */
const BLANK_STAGES: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'stage-aware', name: 'Aware' },
  { id: 'stage-consider', name: 'Consider' },
  { id: 'stage-buy', name: 'Buy' },
  { id: 'stage-use', name: 'Use' },
];

const BLANK_LANES: readonly { readonly id: string; readonly name: string; readonly kind: LaneKind }[] = [
  { id: 'lane-actions', name: 'Customer actions', kind: 'actions' },
  { id: 'lane-touchpoints', name: 'Touchpoints', kind: 'touchpoints' },
  { id: 'lane-emotions', name: 'Emotions', kind: 'emotions' },
  { id: 'lane-pains', name: 'Friction & magic moments', kind: 'pains' },
  { id: 'lane-backstage', name: 'Backstage', kind: 'backstage' },
  { id: 'lane-opportunities', name: 'Opportunities', kind: 'opportunities' },
];

/** A new, empty map: four stages, six lanes, no persona and no items yet. */
export const createBlankMap = ({ id, now, title }: BlankMapOptions): JourneyMap => ({
  id,
  title,
  createdAt: now,
  updatedAt: now,
  personas: [],
  stages: BLANK_STAGES.map((stage) => ({ ...stage })),
  lanes: BLANK_LANES.map((lane) => ({ ...lane })),
  items: [],
  links: [],
  metrics: [],
  quotes: [],
});
