import type { Item, JourneyMap, Metric, Quote } from '../../shared/model';
import { CHANNELS, ITEM_KINDS, QUOTE_SOURCES } from '../../shared/model';

/**
 * A deterministic 1,000-item map with realistic text, metrics and quotes, for storage measurements:
 * sizes depend on how text compresses, so the words vary like real workshop notes do.
 */

const WORDS = (
  'customer app checkout delivery refund support agent waits confusing form password reset email ' +
  'notification store pickup queue price discount loyalty points invoice payment card declined retry ' +
  'tracking courier late damaged parcel return label chat bot human escalation survey rating review ' +
  'onboarding tutorial skip account profile address postcode search filter results slow mobile ' +
  'desktop login fingerprint cart abandoned reminder voucher expired call centre hold music callback'
).split(' ');

/** A small linear congruential generator: the same map on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

export function largeMap(itemCount = 1_000): JourneyMap {
  const random = seeded(42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase());
  const uuid = (prefix: string, index: number) =>
    `${prefix}-${index.toString(16).padStart(4, '0')}-${Math.floor(random() * 0xffffffff).toString(16)}`;

  const stages = Array.from({ length: 10 }, (_, index) => ({
    id: uuid('stage', index),
    name: sentence(2),
    goal: sentence(6),
  }));
  const lanes = (['touchpoints', 'pains', 'opportunities', 'thoughts', 'backstage'] as const).map(
    (kind, index) => ({ id: uuid('lane', index), name: sentence(2), kind }),
  );
  const cellOrder = new Map<string, number>();
  const items: Item[] = Array.from({ length: itemCount }, (_, index) => {
    const stage = pick(stages);
    const lane = pick(lanes);
    const cell = `${stage.id}/${lane.id}`;
    const order = cellOrder.get(cell) ?? 0;
    cellOrder.set(cell, order + 1);
    return {
      id: uuid('item', index),
      kind: pick(ITEM_KINDS),
      stageId: stage.id,
      laneId: lane.id,
      order,
      title: sentence(3 + Math.floor(random() * 5)),
      description: sentence(10 + Math.floor(random() * 20)),
      channel: pick(CHANNELS),
      owner: pick(['Product', 'Ops', 'Support', 'Marketing', 'Logistics']),
      emotion: 1 + Math.floor(random() * 5),
      effort: 1 + Math.floor(random() * 5),
    };
  });
  const links = Array.from({ length: 200 }, (_, index) => ({
    id: uuid('link', index),
    from: pick(items).id,
    to: pick(items).id,
  }));
  const metrics: Metric[] = Array.from({ length: 100 }, (_, index) => ({
    id: uuid('metric', index),
    kind: 'csat',
    value: Math.round(random() * 100),
    takenAt: `2026-0${1 + (index % 9)}-15`,
    itemId: pick(items).id,
    sampleSize: Math.floor(random() * 500),
  }));
  const quotes: Quote[] = Array.from({ length: 150 }, (_, index) => ({
    id: uuid('quote', index),
    text: sentence(15 + Math.floor(random() * 25)),
    source: pick(QUOTE_SOURCES),
    sentiment: Math.floor(random() * 5) - 2,
    itemIds: [pick(items).id],
  }));
  return {
    id: 'large-map-0000',
    title: 'Online grocery — order to doorstep',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    personas: [],
    stages,
    lanes,
    items,
    links,
    metrics,
    quotes,
  };
}

/** One of the small edits a session is made of, chosen by `step`: a new map, the input untouched. */
export function smallEdit(map: JourneyMap, step: number): JourneyMap {
  const next = structuredClone(map);
  next.updatedAt = new Date(Date.UTC(2026, 0, 1, 9, step)).toISOString();
  const target = next.items[(step * 37) % next.items.length];
  const firstStage = next.stages[0];
  const firstLane = next.lanes[0];
  switch (step % 5) {
    case 0:
      if (target !== undefined) target.title = `${target.title} (revised ${step})`;
      break;
    case 1:
      if (target !== undefined) target.emotion = ((target.emotion ?? 3) % 5) + 1;
      break;
    case 2:
      if (firstStage !== undefined && firstLane !== undefined) {
        next.items.push({
          id: `added-${step}`,
          kind: 'touchpoint',
          stageId: firstStage.id,
          laneId: firstLane.id,
          order: next.items.filter((item) => item.stageId === firstStage.id && item.laneId === firstLane.id)
            .length,
          title: `New touchpoint ${step}`,
        });
      }
      break;
    case 3:
      next.quotes.push({
        id: `quote-added-${step}`,
        text: `Quote ${step}`,
        source: 'interview',
        itemIds: [],
      });
      break;
    case 4:
      if (target !== undefined) target.description = `Rewritten in step ${step}`;
      break;
  }
  return next;
}
