import { describe, expect, it } from 'vitest';
import { readCxmap, validateDocument, writeCxmap } from '../../../shared/format';
import type { RecordKind } from '../../../shared/format';
import type { CxDocument, JourneyMap } from '../../../shared/model';
import { buildDocument, expectError, expectOk } from './support';

/** A valid document with one change made to a copy of its map. */
const withMap = (change: (map: JourneyMap) => void): CxDocument => {
  const document = structuredClone(buildDocument(6));
  change(document.map);
  return document;
};

const first = <T>(records: readonly T[]): T => {
  const record = records[0];
  if (record === undefined) throw new Error('the synthetic map has no such record');
  return record;
};

interface BrokenCase {
  readonly label: string;
  readonly collection: 'items' | 'links' | 'metrics' | 'quotes';
  /** Properties set on the collection's first record, `undefined` to remove one. */
  readonly set: Readonly<Record<string, unknown>>;
  readonly recordKind: RecordKind;
  readonly field: string;
  readonly targetKind: RecordKind;
  readonly path: string;
}

const BROKEN_CASES: readonly BrokenCase[] = [
  {
    label: 'an item’s stage',
    collection: 'items',
    set: { stageId: 'x' },
    recordKind: 'item',
    field: 'stageId',
    targetKind: 'stage',
    path: 'map.items[0].stageId',
  },
  {
    label: 'an item’s lane',
    collection: 'items',
    set: { laneId: 'x' },
    recordKind: 'item',
    field: 'laneId',
    targetKind: 'lane',
    path: 'map.items[0].laneId',
  },
  {
    label: 'an item’s persona',
    collection: 'items',
    set: { personaIds: ['p-1', 'x'] },
    recordKind: 'item',
    field: 'personaIds',
    targetKind: 'persona',
    path: 'map.items[0].personaIds[1]',
  },
  {
    label: 'a link’s start',
    collection: 'links',
    set: { from: 'x' },
    recordKind: 'link',
    field: 'from',
    targetKind: 'item',
    path: 'map.links[0].from',
  },
  {
    label: 'a link’s end',
    collection: 'links',
    set: { to: 'x' },
    recordKind: 'link',
    field: 'to',
    targetKind: 'item',
    path: 'map.links[0].to',
  },
  {
    label: 'a metric’s item',
    collection: 'metrics',
    set: { itemId: 'x' },
    recordKind: 'metric',
    field: 'itemId',
    targetKind: 'item',
    path: 'map.metrics[0].itemId',
  },
  {
    label: 'a metric’s stage',
    collection: 'metrics',
    set: { itemId: undefined, stageId: 'x' },
    recordKind: 'metric',
    field: 'stageId',
    targetKind: 'stage',
    path: 'map.metrics[0].stageId',
  },
  {
    label: 'a quote’s persona',
    collection: 'quotes',
    set: { personaId: 'x' },
    recordKind: 'quote',
    field: 'personaId',
    targetKind: 'persona',
    path: 'map.quotes[0].personaId',
  },
  {
    label: 'a quote’s items',
    collection: 'quotes',
    set: { itemIds: ['x'] },
    recordKind: 'quote',
    field: 'itemIds',
    targetKind: 'item',
    path: 'map.quotes[0].itemIds[0]',
  },
];

describe('references', () => {
  it.each(BROKEN_CASES)(
    'refuses $label that does not exist',
    ({ collection, set, recordKind, field, targetKind, path }) => {
      const document = withMap((map) => Object.assign(first<object>(map[collection]), set));
      const error = expectError(validateDocument(document));
      expect(error).toMatchObject({ kind: 'broken-reference', field, target: 'x', targetKind, path });
      expect(error.kind === 'broken-reference' && error.record.kind).toBe(recordKind);
    },
  );

  it('names the item by its title and the missing stage by its id', () => {
    const document = withMap((map) => (first(map.items).stageId = 'st-does-not-exist'));
    expect(expectError(validateDocument(document))).toEqual({
      kind: 'broken-reference',
      record: { kind: 'item', label: first(document.map.items).title },
      field: 'stageId',
      target: 'st-does-not-exist',
      targetKind: 'stage',
      path: 'map.items[0].stageId',
    });
  });

  it('refuses a reference to a record of the wrong kind', () => {
    const document = withMap((map) => (first(map.items).stageId = first(map.lanes).id));
    expect(expectError(validateDocument(document))).toMatchObject({
      kind: 'broken-reference',
      target: first(document.map.lanes).id,
      targetKind: 'stage',
    });
  });

  it('reports the first broken reference in FORMAT.md order', () => {
    const document = withMap((map) => {
      first(map.quotes).itemIds = ['gone'];
      first(map.links).to = 'gone';
      const last = map.items.at(-1);
      if (last !== undefined) last.laneId = 'gone';
    });
    expect(expectError(validateDocument(document))).toMatchObject({
      path: `map.items[${document.map.items.length - 1}].laneId`,
    });
  });

  it('accepts maps whose optional references are all absent', () => {
    const document = withMap((map) => {
      for (const item of map.items) delete item.personaIds;
      for (const quote of map.quotes) delete quote.personaId;
      for (const metric of map.metrics) delete metric.itemId;
    });
    expectOk(validateDocument(document));
  });
});

describe('unique ids', () => {
  it('refuses two records of different kinds with one id, pointing at the second', () => {
    const document = withMap((map) => (first(map.links).id = first(map.stages).id));
    expect(expectError(validateDocument(document))).toEqual({
      kind: 'duplicate-id',
      id: first(document.map.stages).id,
      path: 'map.links[0].id',
    });
  });

  it('refuses two items with one id', () => {
    const document = withMap((map) => {
      const second = map.items[1];
      if (second !== undefined) second.id = first(map.items).id;
    });
    expect(expectError(validateDocument(document))).toMatchObject({
      kind: 'duplicate-id',
      path: 'map.items[1].id',
    });
  });

  it('checks ids before references', () => {
    const document = withMap((map) => {
      first(map.items).stageId = 'gone';
      first(map.quotes).id = first(map.personas).id;
    });
    expect(expectError(validateDocument(document))).toMatchObject({ kind: 'duplicate-id' });
  });
});

describe('history', () => {
  const withHistory = (change: (history: NonNullable<CxDocument['history']>) => void): CxDocument => {
    const document = buildDocument(4);
    const history = [
      { id: 'rev-1', createdAt: '2026-01-01', label: 'Kick-off', map: structuredClone(document.map) },
      { id: 'rev-2', parentId: 'rev-1', createdAt: '2026-02-01', map: structuredClone(document.map) },
    ];
    change(history);
    return { ...document, history };
  };

  it('accepts a history of valid revisions, ids shared with the current map included', () => {
    expectOk(validateDocument(withHistory(() => undefined)));
  });

  it('checks the references inside each revision', () => {
    const document = withHistory((history) => {
      const revision = history[1];
      if (revision !== undefined) first(revision.map.links).from = 'gone';
    });
    expect(expectError(validateDocument(document))).toMatchObject({
      kind: 'broken-reference',
      path: 'history[1].map.links[0].from',
      record: { kind: 'link' },
    });
  });

  it('refuses two revisions with one id', () => {
    const document = withHistory((history) => {
      const revision = history[1];
      if (revision !== undefined) revision.id = 'rev-1';
    });
    expect(expectError(validateDocument(document))).toEqual({
      kind: 'duplicate-id',
      id: 'rev-1',
      path: 'history[1].id',
    });
  });
});

describe('large maps', () => {
  it('opens and saves a map of 5,000 items in well under a second each', () => {
    const text = writeCxmap(buildDocument(5_000));
    const readStarted = performance.now();
    const document = expectOk(readCxmap(text));
    const readTime = performance.now() - readStarted;
    const writeStarted = performance.now();
    const written = writeCxmap(document);
    const writeTime = performance.now() - writeStarted;

    expect(document.map.items).toHaveLength(5_000);
    expect(written).toBe(text);
    // Generous bounds for a busy 2-core machine: measured at ~60 ms and ~20 ms; quadratic code takes seconds.
    expect(readTime).toBeLessThan(1_500);
    expect(writeTime).toBeLessThan(1_000);
  });
});
