import type {
  Channel,
  CxDocument,
  Item,
  ItemKind,
  JourneyMap,
  Lane,
  Metric,
  Quote,
} from '../../shared/model';

/**
 * Deterministic journey maps of any size for the benchmark (and load tests): a realistic mix of
 * kinds, links, metric series and quotes, the same bytes for the same (itemCount, seed) on every
 * machine, so two runs measure the same work.
 */

/** mulberry32: a tiny, well-distributed 32-bit PRNG; good enough for test data, and reproducible. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const STAGE_NAMES = ['Discover', 'Consider', 'Sign up', 'Onboard', 'Use', 'Get help', 'Renew', 'Advocate'];
const VERBS = [
  'Compare',
  'Search',
  'Read',
  'Call',
  'Chat about',
  'Pay for',
  'Track',
  'Return',
  'Review',
  'Share',
];
const NOUNS = [
  'prices',
  'delivery slots',
  'the invoice',
  'a refund',
  'the app',
  'opening hours',
  'the order',
  'a plan',
];
const CHANNELS: readonly Channel[] = ['web', 'app', 'email', 'phone', 'chat', 'in_person', 'sms'];
const OWNERS = ['Digital', 'Ops', 'Support', 'Marketing', 'Logistics'];
const QUOTE_TEXTS = [
  'I could not find the delivery slot I wanted.',
  'The driver was lovely and called ahead.',
  'Why does the app log me out every time?',
  'Support solved it in two minutes, impressive.',
  'I had to explain my problem three times.',
];

const LANES: readonly Lane[] = [
  { id: 'lane-actions', name: 'Customer actions', kind: 'actions' },
  { id: 'lane-touch', name: 'Touchpoints', kind: 'touchpoints' },
  { id: 'lane-pains', name: 'Friction & magic', kind: 'pains' },
  { id: 'lane-emotions', name: 'Emotions', kind: 'emotions' },
  { id: 'lane-ideas', name: 'Opportunities', kind: 'opportunities' },
  { id: 'lane-backstage', name: 'Backstage', kind: 'backstage' },
];

/** Which lane each kind lives in, and how common it is (touchpoints dominate real maps). */
const KIND_MIX: readonly { kind: ItemKind; laneId: string; weight: number }[] = [
  { kind: 'touchpoint', laneId: 'lane-touch', weight: 40 },
  { kind: 'note', laneId: 'lane-actions', weight: 15 },
  { kind: 'friction', laneId: 'lane-pains', weight: 20 },
  { kind: 'magic', laneId: 'lane-pains', weight: 8 },
  { kind: 'opportunity', laneId: 'lane-ideas', weight: 10 },
  { kind: 'note', laneId: 'lane-backstage', weight: 7 },
];
const TOTAL_WEIGHT = KIND_MIX.reduce((sum, entry) => sum + entry.weight, 0);

export interface GeneratedMapOptions {
  readonly itemCount: number;
  readonly seed?: number;
  /** Items per stage on average; the stage count follows from it. */
  readonly itemsPerStage?: number;
}

export function generateMap({ itemCount, seed = 42, itemsPerStage = 25 }: GeneratedMapOptions): JourneyMap {
  const random = randomSource(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const score = () => 1 + Math.floor(random() * 5);
  const stageCount = Math.max(1, Math.round(itemCount / itemsPerStage));
  const stages = Array.from({ length: stageCount }, (_, index) => ({
    id: `stage-${index + 1}`,
    name: `${STAGE_NAMES[index % STAGE_NAMES.length] ?? 'Stage'} ${Math.floor(index / STAGE_NAMES.length) + 1}`,
    goal: `Goal of stage ${index + 1}`,
  }));
  const personas = [
    { id: 'persona-1', name: 'Busy parent', segment: 'Families' },
    { id: 'persona-2', name: 'Student', segment: 'Young adults' },
    { id: 'persona-3', name: 'Small business owner', segment: 'B2B' },
  ];

  const nextOrder = new Map<string, number>();
  const items: Item[] = [];
  for (let index = 0; index < itemCount; index += 1) {
    let roll = random() * TOTAL_WEIGHT;
    const mix = KIND_MIX.find((entry) => (roll -= entry.weight) < 0) ?? KIND_MIX[0];
    if (mix === undefined) break;
    // Items fill stages left to right, as a journey is written, with a little spill between neighbours.
    const stageIndex = Math.min(stageCount - 1, Math.floor((index / itemCount) * stageCount));
    const stageId = stages[stageIndex]?.id ?? 'stage-1';
    const cell = `${stageId}/${mix.laneId}`;
    const order = nextOrder.get(cell) ?? 0;
    nextOrder.set(cell, order + 1);
    const item: Item = {
      id: `item-${index + 1}`,
      kind: mix.kind,
      stageId,
      laneId: mix.laneId,
      order,
      title: `${pick(VERBS)} ${pick(NOUNS)} #${index + 1}`,
      owner: pick(OWNERS),
    };
    if (mix.kind === 'touchpoint') {
      Object.assign(item, { channel: pick(CHANNELS), emotion: score(), effort: score(), success: score() });
    }
    if (mix.kind === 'friction')
      Object.assign(item, { severity: score(), emotion: 1 + Math.floor(random() * 2) });
    if (mix.kind === 'magic') item.emotion = 5;
    if (random() < 0.3) item.personaIds = [pick(personas).id];
    items.push(item);
  }

  // Links follow the flow: most touchpoints lead to the next one.
  const touchpoints = items.filter((item) => item.kind === 'touchpoint');
  const links = touchpoints.slice(1).flatMap((item, index) => {
    const previous = touchpoints[index];
    return previous === undefined || random() < 0.15
      ? []
      : [{ id: `link-${index + 1}`, from: previous.id, to: item.id }];
  });

  // A six-snapshot monthly series on a fifth of the touchpoints, and a map-level NPS trend.
  const metrics: Metric[] = [];
  const months = ['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
  const measured = touchpoints.filter(() => random() < 0.2);
  for (const item of measured) {
    let value = Math.round(random() * 80 - 20);
    for (const takenAt of months) {
      value = Math.max(-100, Math.min(100, value + Math.round(random() * 10 - 6)));
      metrics.push({
        id: `metric-${metrics.length + 1}`,
        kind: 'nps',
        value,
        takenAt,
        itemId: item.id,
        sampleSize: 40 + Math.floor(random() * 200),
      });
    }
  }
  months.forEach((takenAt, index) =>
    metrics.push({
      id: `metric-${metrics.length + 1}`,
      kind: 'nps',
      value: 31 - index * 3,
      takenAt,
      sampleSize: 900,
    }),
  );

  const evidenceTargets = items.filter((item) => item.kind !== 'note');
  const quotes: Quote[] = Array.from({ length: Math.round(itemCount * 0.15) }, (_, index) => ({
    id: `quote-${index + 1}`,
    text: pick(QUOTE_TEXTS),
    source: pick(['interview', 'survey', 'review', 'chat'] as const),
    capturedAt: pick(months),
    sentiment: Math.floor(random() * 5) - 2,
    itemIds: evidenceTargets.length === 0 ? [] : [pick(evidenceTargets).id],
  }));

  return {
    id: `bench-map-${itemCount}-${seed}`,
    title: `Benchmark journey (${itemCount} items)`,
    description: 'Generated for npm run bench.',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    personas,
    stages,
    lanes: [...LANES],
    items,
    links,
    metrics,
    quotes,
  };
}

export const generateDocument = (options: GeneratedMapOptions): CxDocument => ({
  format: 'cxmap',
  version: 1,
  map: generateMap(options),
});
