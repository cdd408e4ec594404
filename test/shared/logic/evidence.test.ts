import { describe, expect, it } from 'vitest';
import {
  addMetric,
  addQuote,
  applySurveyImport,
  deleteMetric,
  deleteQuote,
  itemEvidenceOf,
  evidenceStatusOf,
  linkQuote,
  setItemEvidence,
  setOpportunityFields,
  updateMetric,
  updateQuote,
} from '../../../shared/logic';
import { edit, expectValid, richMap } from './support';

describe('metric snapshots', () => {
  it('adds a snapshot on an item in FORMAT.md field order, and the map stays valid', () => {
    const { map, result } = edit(richMap(), (draft) =>
      addMetric(draft, {
        id: 'm-new',
        kind: 'nps',
        value: -71.1,
        takenAt: '2026-10-01',
        itemId: 'i-door',
        sampleSize: 83,
        source: 'October survey',
      }),
    );
    expect(result.ok).toBe(true);
    const added = map.metrics.find((metric) => metric.id === 'm-new');
    expect(Object.keys(added ?? {})).toEqual([
      'id',
      'kind',
      'value',
      'takenAt',
      'itemId',
      'sampleSize',
      'source',
    ]);
    expectValid(map);
  });

  it('refuses a value outside the kind’s range with a readable message and writes nothing', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) =>
      addMetric(draft, { id: 'm-bad', kind: 'nps', value: 140, takenAt: '2026-10-01' }),
    );
    expect(result).toEqual({
      ok: false,
      error: { reason: 'invalid-value', field: 'value', problem: 'NPS must be between −100 and 100' },
    });
    expect(map).toBe(before);
  });

  it('needs a name for a custom KPI and keeps its direction and target', () => {
    const refused = edit(richMap(), (draft) =>
      addMetric(draft, { id: 'm-kpi', kind: 'custom', value: 3, takenAt: '2026-10-01' }),
    ).result;
    expect(refused.ok).toBe(false);
    const { map } = edit(richMap(), (draft) =>
      addMetric(draft, {
        id: 'm-kpi',
        kind: 'custom',
        name: 'Repeat orders',
        unit: '%',
        direction: 'higher',
        target: 40,
        value: 31,
        takenAt: '2026-10-01',
        stageId: 's-order',
      }),
    );
    expect(map.metrics.at(-1)).toMatchObject({ name: 'Repeat orders', direction: 'higher', target: 40 });
    expectValid(map);
  });

  it('edits and deletes; an edit to an out-of-range value is refused', () => {
    const updated = edit(richMap(), (draft) =>
      updateMetric(draft, 'm-basket-ces', { value: 5.1, sampleSize: 40, source: null }),
    ).map;
    expect(updated.metrics[0]).toMatchObject({ value: 5.1, sampleSize: 40 });
    const refused = edit(richMap(), (draft) => updateMetric(draft, 'm-basket-ces', { value: 9 }));
    expect(refused.result.ok).toBe(false);
    const deleted = edit(richMap(), (draft) => deleteMetric(draft, 'm-nps')).map;
    expect(deleted.metrics.map((metric) => metric.id)).toEqual(['m-basket-ces', 'm-order-csat']);
  });

  it('refuses a snapshot about an item that is not in the map', () => {
    const { result } = edit(richMap(), (draft) =>
      addMetric(draft, { id: 'm-x', kind: 'csat', value: 50, takenAt: '2026-10-01', itemId: 'i-gone' }),
    );
    expect(result).toMatchObject({ ok: false, error: { reason: 'not-found', recordKind: 'item' } });
  });
});

describe('quotes', () => {
  it('adds, edits, links to several items, unlinks and deletes', () => {
    let map = edit(richMap(), (draft) =>
      addQuote(draft, { id: 'q-new', text: 'Too slow', source: 'interview', sentiment: -1 }),
    ).map;
    map = edit(map, (draft) => linkQuote(draft, 'q-new', 'i-door')).map;
    map = edit(map, (draft) => linkQuote(draft, 'q-new', 'i-basket')).map;
    map = edit(map, (draft) =>
      updateQuote(draft, 'q-new', { personaId: 'p-parent', capturedAt: '2026-10-03', sentiment: -2 }),
    ).map;
    expect(map.quotes.at(-1)).toEqual({
      id: 'q-new',
      text: 'Too slow',
      source: 'interview',
      capturedAt: '2026-10-03',
      sentiment: -2,
      personaId: 'p-parent',
      itemIds: ['i-door', 'i-basket'],
    });
    expectValid(map);
    map = edit(map, (draft) => linkQuote(draft, 'q-new', 'i-door', false)).map;
    expect(map.quotes.at(-1)?.itemIds).toEqual(['i-basket']);
    map = edit(map, (draft) => deleteQuote(draft, 'q-new')).map;
    expect(map.quotes.some((quote) => quote.id === 'q-new')).toBe(false);
  });

  it('refuses a sentiment outside −2…2', () => {
    const { result } = edit(richMap(), (draft) => updateQuote(draft, 'q-door', { sentiment: 3 }));
    expect(result).toMatchObject({ ok: false, error: { field: 'sentiment' } });
  });
});

describe('evidence status', () => {
  it('is observed when a quote or metric backs the item, else what was declared (assumed by default)', () => {
    const map = richMap();
    expect(evidenceStatusOf(map, 'i-basket')).toBe('observed');
    expect(evidenceStatusOf(map, 'i-door')).toBe('observed');
    expect(evidenceStatusOf(map, 'i-ad')).toBe('assumed');
    const proposed = edit(map, (draft) => setItemEvidence(draft, 'i-ad', 'proposed')).map;
    expect(evidenceStatusOf(proposed, 'i-ad')).toBe('proposed');
    const back = edit(proposed, (draft) => setItemEvidence(draft, 'i-ad', 'assumed')).map;
    expect(back.items[0]).not.toHaveProperty('evidence');
    expect(itemEvidenceOf(map, 'i-basket')).toEqual({
      quoteCount: 1,
      metricSeriesCount: 1,
      snapshotCount: 1,
    });
  });
});

describe('opportunity fields', () => {
  it('sets impact, effort, status, owner and the friction points addressed', () => {
    const { map, result } = edit(richMap(), (draft) =>
      setOpportunityFields(draft, 'i-idea', {
        impact: 4,
        deliveryEffort: 2,
        status: 'in_progress',
        owner: 'Ops',
        addressesItemIds: ['i-slots', 'i-postcode'],
      }),
    );
    expect(result.ok).toBe(true);
    expect(map.items.find((item) => item.id === 'i-idea')).toMatchObject({
      impact: 4,
      deliveryEffort: 2,
      status: 'in_progress',
      owner: 'Ops',
      addressesItemIds: ['i-slots', 'i-postcode'],
    });
    expectValid(map);
  });

  it('only applies to opportunities', () => {
    const { result } = edit(richMap(), (draft) => setOpportunityFields(draft, 'i-ad', { impact: 3 }));
    expect(result.ok).toBe(false);
  });
});

describe('applySurveyImport', () => {
  it('creates the new items, snapshots and quotes in one go', () => {
    const { map, result } = edit(richMap(), (draft) =>
      applySurveyImport(draft, {
        newItems: [{ id: 'i-phone', title: 'Phone line', stageId: 's-receive', laneId: 'l-touch' }],
        metrics: [
          {
            id: 'm-phone',
            kind: 'nps',
            value: -71.1,
            takenAt: '2026-10-01',
            itemId: 'i-phone',
            sampleSize: 83,
            source: 'survey',
          },
        ],
        quotes: [
          { id: 'q-phone', text: 'On hold forever', source: 'survey', sentiment: -2, itemIds: ['i-phone'] },
        ],
      }),
    );
    expect(result).toEqual({ ok: true, value: { metricCount: 1, quoteCount: 1, itemCount: 1 } });
    expect(evidenceStatusOf(map, 'i-phone')).toBe('observed');
    expectValid(map);
  });

  it('writes nothing when any record is refused', () => {
    const before = richMap();
    const { map, result } = edit(before, (draft) =>
      applySurveyImport(draft, {
        newItems: [],
        metrics: [{ id: 'm-ok', kind: 'csat', value: 80, takenAt: '2026-10-01', itemId: 'i-ad' }],
        quotes: [{ id: 'q-bad', text: 'x', source: 'survey', itemIds: ['i-gone'] }],
      }),
    );
    expect(result.ok).toBe(false);
    expect(map).toBe(before);
  });
});
