import { describe, expect, it } from 'vitest';
import {
  actionPlan,
  computeInsights,
  evidenceOf,
  metricsIndex,
  quadrantOf,
  seriesOfItem,
  seriesOfStage,
} from '../../../shared/logic';
import type { Insight } from '../../../shared/logic';
import type { Item, JourneyMap, Metric } from '../../../shared/model';

const item = (id: string, fields: Partial<Item> = {}): Item => ({
  id,
  kind: 'touchpoint',
  stageId: 's-order',
  laneId: 'l-touch',
  order: 0,
  title: id,
  owner: 'Team',
  ...fields,
});

const nps = (id: string, value: number, takenAt: string, fields: Partial<Metric> = {}): Metric => ({
  id,
  kind: 'nps',
  value,
  takenAt,
  ...fields,
});

const baseMap = (fields: Partial<JourneyMap> = {}): JourneyMap => ({
  id: 'map',
  title: 'Grocery',
  createdAt: '2026-01-01',
  updatedAt: '2026-11-01',
  personas: [],
  stages: [
    { id: 's-order', name: 'Order' },
    { id: 's-support', name: 'Support' },
  ],
  lanes: [
    { id: 'l-act', name: 'Actions', kind: 'actions' },
    { id: 'l-touch', name: 'Touchpoints', kind: 'touchpoints' },
    { id: 'l-pain', name: 'Pains', kind: 'pains' },
    { id: 'l-idea', name: 'Ideas', kind: 'opportunities' },
  ],
  items: [],
  links: [],
  metrics: [],
  quotes: [],
  ...fields,
});

/** The grocery sample's map-level NPS: one month-end figure a month, May to October. */
const SIX_MONTH_SLIDE: Metric[] = [
  nps('n0', 41, '2026-05-31'),
  nps('n1', 38, '2026-06-30'),
  nps('n2', 36, '2026-07-31'),
  nps('n3', 31, '2026-08-31'),
  nps('n4', 27, '2026-09-30'),
  nps('n5', 24, '2026-10-31'),
];
const NOW = Date.parse('2026-11-15');

const kinds = (insights: readonly Insight[]) => insights.map((insight) => insight.kind);

describe('evidenceOf', () => {
  it('calls an item observed when a quote or a metric backs it, whatever it declares', () => {
    const map = baseMap({
      items: [
        item('quoted', { evidence: 'proposed' }),
        item('measured'),
        item('idea', { evidence: 'proposed' }),
        item('guess'),
      ],
      quotes: [{ id: 'q', text: 'Slow', source: 'interview', itemIds: ['quoted', 'quoted'] }],
      metrics: [
        nps('m1', 10, '2026-01-01', { itemId: 'measured' }),
        nps('m2', 12, '2026-02-01', { itemId: 'measured' }),
      ],
    });
    const evidence = evidenceOf(map);
    expect(evidence.get('quoted')).toEqual({ status: 'observed', quotes: 1, metricSeries: 0 });
    expect(evidence.get('measured')).toEqual({ status: 'observed', quotes: 0, metricSeries: 1 });
    expect(evidence.get('idea')?.status).toBe('proposed');
    expect(evidence.get('guess')?.status).toBe('assumed');
  });
});

describe('metricsIndex', () => {
  it('groups series by item and stage, and keeps map-wide ones apart', () => {
    const index = metricsIndex([
      ...SIX_MONTH_SLIDE,
      nps('a', 10, '2026-01-01', { itemId: 'tp' }),
      { id: 'c', kind: 'csat', value: 70, takenAt: '2026-01-01', itemId: 'tp' },
      { id: 'st', kind: 'churn', value: 7, takenAt: '2026-01-01', stageId: 's-order' },
    ]);
    expect(seriesOfItem(index, 'tp').map((series) => series.kind)).toEqual(['nps', 'csat']);
    expect(seriesOfStage(index, 's-order').map((series) => series.kind)).toEqual(['churn']);
    expect(index.map).toHaveLength(1);
    expect(seriesOfItem(index, 'nothing')).toBe(seriesOfItem(index, 'other'));
  });
});

describe('computeInsights', () => {
  it('says the six-month NPS slide in words', () => {
    const insights = computeInsights(baseMap({ metrics: SIX_MONTH_SLIDE }), NOW);
    const falling = insights.find((insight) => insight.kind === 'falling-metric');
    expect(falling).toMatchObject({ text: 'NPS fell 17 points over 6 months' });
    expect(kinds(insights)[0]).toBe('falling-metric');
  });

  it('points a falling or missed metric at its item or stage', () => {
    const insights = computeInsights(
      baseMap({
        items: [item('tp')],
        metrics: [
          nps('a', 30, '2026-09-01', { itemId: 'tp' }),
          nps('b', 20, '2026-10-01', { itemId: 'tp' }),
          nps('c', 10, '2026-11-01', { itemId: 'tp' }),
          { id: 't', kind: 'csat', value: 40, target: 60, takenAt: '2026-11-01', stageId: 's-support' },
        ],
      }),
      NOW,
    );
    expect(insights.find((insight) => insight.kind === 'falling-metric')).toMatchObject({ itemId: 'tp' });
    expect(insights.find((insight) => insight.kind === 'missed-target')).toMatchObject({
      stageId: 's-support',
      text: expect.stringContaining('below its target of 60'),
    });
  });

  it('ranks friction points by severity times evidence', () => {
    const map = baseMap({
      items: [
        item('severe-guess', { kind: 'friction', laneId: 'l-pain', severity: 5 }),
        item('observed', { kind: 'friction', laneId: 'l-pain', severity: 4 }),
        item('mild', { kind: 'friction', laneId: 'l-pain', severity: 1 }),
      ],
      quotes: [{ id: 'q', text: 'Ugh', source: 'call', itemIds: ['observed'] }],
    });
    const ranked = computeInsights(map, NOW).flatMap((insight) =>
      insight.kind === 'friction-ranked' ? [insight.itemId] : [],
    );
    expect(ranked).toEqual(['observed', 'severe-guess', 'mild']);
  });

  it('finds low-emotion stages, unbacked items, stale metrics and structural gaps', () => {
    const map = baseMap({
      items: [
        item('act', { laneId: 'l-act', evidence: 'proposed' }),
        item('sad', { stageId: 's-support', emotion: 1, owner: '  ' }),
        item('fr', { kind: 'friction', laneId: 'l-pain', severity: 3 }),
        item('fixed', { kind: 'friction', laneId: 'l-pain', severity: 3 }),
        item('op', { kind: 'opportunity', laneId: 'l-idea', addressesItemIds: ['fixed'] }),
        item('note', { kind: 'note', owner: undefined }),
      ],
      metrics: [nps('old', 20, '2026-06-01', { itemId: 'act' })],
    });
    const insights = computeInsights(map, NOW);
    const find = (kind: Insight['kind']) => insights.filter((insight) => insight.kind === kind);
    expect(find('low-emotion-stage')).toEqual([expect.objectContaining({ stageId: 's-support', mean: 1 })]);
    expect(find('no-evidence').map((insight) => ('itemId' in insight ? insight.itemId : ''))).toEqual([
      'fr',
      'fixed',
      'sad',
    ]);
    expect(find('stale-metric')).toEqual([
      expect.objectContaining({ itemId: 'act', days: 167, label: 'NPS' }),
    ]);
    expect(find('no-owner')).toEqual([expect.objectContaining({ itemId: 'sad' })]);
    expect(find('stage-without-action')).toEqual([expect.objectContaining({ stageId: 's-support' })]);
    expect(find('unaddressed-friction')).toEqual([expect.objectContaining({ itemId: 'fr' })]);
    expect(find('not-reviewed')).toEqual([]);
  });

  it('says a map was not reviewed for 90 days only when it knows the last named revision', () => {
    const map = baseMap();
    expect(kinds(computeInsights(map, NOW, { lastNamedRevisionAt: NOW - 100 * 86_400_000 }))).toContain(
      'not-reviewed',
    );
    expect(kinds(computeInsights(map, NOW, { lastNamedRevisionAt: NOW - 10 * 86_400_000 }))).not.toContain(
      'not-reviewed',
    );
  });
});

describe('actionPlan', () => {
  it('sorts opportunities by priority, places them in quadrants and lists what they address', () => {
    const map = baseMap({
      items: [
        item('fr', { kind: 'friction', title: 'No slots' }),
        item('pit', { kind: 'opportunity', impact: 2, deliveryEffort: 5 }),
        item('unscored', { kind: 'opportunity' }),
        item('bet', { kind: 'opportunity', impact: 5, deliveryEffort: 4, addressesItemIds: ['fr', 'gone'] }),
        item('win', { kind: 'opportunity', impact: 4, deliveryEffort: 1 }),
        item('done', { kind: 'opportunity', impact: 5, deliveryEffort: 1, status: 'done' }),
        item('filler', { kind: 'opportunity', impact: 1, deliveryEffort: 1 }),
      ],
    });
    const plan = actionPlan(map);
    expect(plan.map((entry) => entry.item.id)).toEqual(['win', 'bet', 'filler', 'pit', 'unscored', 'done']);
    expect(plan.map((entry) => entry.quadrant)).toEqual([
      'quick-win',
      'big-bet',
      'fill-in',
      'money-pit',
      null,
      'quick-win',
    ]);
    expect(plan[1]?.addresses.map((addressed) => addressed.title)).toEqual(['No slots']);
    expect(quadrantOf(3, 3)).toBe('big-bet');
  });
});
