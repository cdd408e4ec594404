import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StudioDb,
  applyRetention,
  describeRevisionError,
  exportHistory,
  importHistory,
  listRevisions,
  loadRevisionMap,
  recordRevision,
  renameRevision,
  storageUsed,
} from '../../renderer/src/db';
import type { HistoryEntry, JourneyMap } from '../../shared/model';
import { commuteMap } from './sampleMaps';

const opened: StudioDb[] = [];
/** Each test gets its own IndexedDB, so nothing leaks between them. */
const freshDb = () => {
  const db = new StudioDb('revisions-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  return db;
};

afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

const MAP_ID = commuteMap().id;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The commute map with a different title, so that each version is a real change. */
const titled = (title: string): JourneyMap => ({ ...commuteMap(), title });

const idsOf = (revisions: readonly { id: string }[]) => revisions.map((revision) => revision.id);

async function listed(db: StudioDb, mapId = MAP_ID) {
  const result = await listRevisions(db, mapId);
  if (!result.ok) throw new Error(`listing failed: ${result.error.kind}`);
  return result.value;
}

describe('recording and listing revisions', () => {
  it('lists recorded revisions newest first, each child of the previous head', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('One'), kind: 'auto', id: 'r1', createdAt: 1_000 });
    await recordRevision(db, { map: titled('Two'), kind: 'auto', id: 'r2', createdAt: 2_000 });
    await recordRevision(db, { map: titled('Three'), kind: 'auto', id: 'r3', createdAt: 3_000 });

    const { revisions, skipped } = await listed(db);
    expect(idsOf(revisions)).toEqual(['r3', 'r2', 'r1']);
    expect(revisions.map((revision) => revision.parentId)).toEqual(['r2', 'r1', null]);
    expect(skipped).toBe(0);
    expect(await db.maps.get(MAP_ID)).toEqual({
      id: MAP_ID,
      title: 'Three',
      filePath: null,
      headRevisionId: 'r3',
      updatedAt: 3_000,
    });
  });

  it('stores a summary that a change line needs: counts by kind and the latest map-level metrics', async () => {
    const db = freshDb();
    const map: JourneyMap = {
      ...commuteMap(),
      metrics: [
        { id: 'm-new', kind: 'nps', value: 18, takenAt: '2026-02-01' },
        { id: 'm-old', kind: 'nps', value: 12, takenAt: '2026-01-01' },
        // Scoped to a stage: not a headline number of the map.
        { id: 'm-stage', kind: 'csat', value: 40, takenAt: '2026-03-01', stageId: 'st-ride' },
      ],
    };
    const recorded = await recordRevision(db, { map, kind: 'named', label: 'Baseline' });

    expect(recorded.ok && recorded.value.revision.summary).toEqual({
      itemsByKind: { touchpoint: 3, friction: 1, magic: 1, opportunity: 1, note: 1 },
      stages: 3,
      lanes: 4,
      links: 2,
      quotes: 0,
      personas: 0,
      metrics: 3,
      latestMetrics: { nps: 18 },
    });
    expect(recorded.ok && recorded.value.revision.kind).toBe('named');
    expect(recorded.ok && recorded.value.revision.label).toBe('Baseline');
  });

  it('skips an automatic revision equal to the head but for updatedAt, and returns the head', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('Same'), kind: 'auto', id: 'head', createdAt: 1_000 });
    const again = await recordRevision(db, {
      map: { ...titled('Same'), updatedAt: '2026-05-05T10:00:00.000Z' },
      kind: 'auto',
      id: 'again',
      createdAt: 2_000,
    });

    expect(again.ok && again.value.unchanged).toBe(true);
    expect(again.ok && again.value.revision.id).toBe('head');
    expect(idsOf((await listed(db)).revisions)).toEqual(['head']);
  });

  it('stores a named revision even when the map did not change', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('Same'), kind: 'auto', id: 'head', createdAt: 1_000 });
    const named = await recordRevision(db, {
      map: titled('Same'),
      kind: 'named',
      label: 'Workshop',
      id: 'named',
      createdAt: 2_000,
    });

    expect(named.ok && named.value.unchanged).toBe(false);
    expect(idsOf((await listed(db)).revisions)).toEqual(['named', 'head']);
  });

  it('names an automatic revision: label and note set, kind becomes named', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'r1', createdAt: 1_000 });
    const renamed = await renameRevision(db, 'r1', { label: ' After workshop ', note: 'Agreed with ops' });

    expect(renamed.ok && renamed.value).toMatchObject({
      id: 'r1',
      kind: 'named',
      label: 'After workshop',
      note: 'Agreed with ops',
    });
    expect((await listed(db)).revisions[0]).toMatchObject({ kind: 'named', label: 'After workshop' });
    expect(await renameRevision(db, 'nope', { label: 'x', note: null })).toEqual({
      ok: false,
      error: { kind: 'not-found', revisionId: 'nope' },
    });
  });
});

describe('loading revisions', () => {
  it('loads exactly the map that was recorded, for every revision of a chain', async () => {
    const db = freshDb();
    const maps: JourneyMap[] = [];
    let map = commuteMap();
    for (let step = 0; step < 25; step++) {
      // Alternate small edits: a title, an item's fields, a new item, a removed link.
      map = structuredClone(map);
      map.title = `Version ${step}`;
      const first = map.items[0];
      if (first !== undefined) first.description = `Edited ${step}`;
      if (step % 3 === 0) {
        map.items.push({
          id: `new-${step}`,
          kind: 'note',
          stageId: 'st-ride',
          laneId: 'ln-notes',
          order: step,
          title: `Note ${step}`,
        });
      }
      if (step === 10) map.links = map.links.slice(1);
      maps.push(map);
      await recordRevision(db, { map, kind: 'auto', id: `r${step}`, createdAt: step * 1_000 });
    }

    for (const [step, recorded] of maps.entries()) {
      expect(await loadRevisionMap(db, `r${step}`)).toEqual({ ok: true, value: recorded });
    }
  });

  it('reports a missing revision as not found', async () => {
    expect(await loadRevisionMap(freshDb(), 'missing')).toEqual({
      ok: false,
      error: { kind: 'not-found', revisionId: 'missing' },
    });
  });

  it('reports a body of garbage bytes as corrupt, with a reason', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'r1', createdAt: 1_000 });
    await db.revisionBodies.update('r1', { data: new Uint8Array([1, 2, 3, 4, 5, 6]) });

    const loaded = await loadRevisionMap(db, 'r1');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error).toMatchObject({ kind: 'corrupt', revisionId: 'r1' });
    expect(!loaded.ok && loaded.error.kind === 'corrupt' && loaded.error.reason).toMatch(/cannot be decoded/);
  });

  it('reports a revision written in a newer format version as newer-version', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'r1', createdAt: 1_000 });
    await db.revisions.update('r1', { schemaVersion: 2 });

    expect(await loadRevisionMap(db, 'r1')).toEqual({
      ok: false,
      error: { kind: 'newer-version', revisionId: 'r1', version: 2, supported: 1 },
    });
  });
});

describe('damaged rows are skipped and counted, never thrown', () => {
  it('skips a garbage row, a row without its body and a newer-version row; lists the rest', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'good-1', createdAt: 1_000 });
    await recordRevision(db, { map: titled('B'), kind: 'auto', id: 'newer', createdAt: 2_000 });
    await recordRevision(db, { map: titled('C'), kind: 'auto', id: 'bodiless', createdAt: 3_000 });
    await recordRevision(db, { map: titled('D'), kind: 'auto', id: 'good-2', createdAt: 4_000 });
    await db.revisions.update('newer', { schemaVersion: 99 });
    await db.revisionBodies.delete('bodiless');
    // A row written by something else entirely: bytes where the metadata should be.
    await db.revisions.put({ id: 'garbage', mapId: MAP_ID, summary: new Uint8Array([0xff, 0x00]) } as never);

    const { revisions, skipped } = await listed(db);
    expect(idsOf(revisions)).toEqual(['good-2', 'good-1']);
    expect(skipped).toBe(3);
  });
});

describe('history in files', () => {
  const entry = (id: string, title: string, createdAt: string, parentId?: string): HistoryEntry => ({
    id,
    ...(parentId === undefined ? {} : { parentId }),
    createdAt,
    author: 'Ana',
    map: titled(title),
  });
  const history = [
    entry('h1', 'First', '2026-01-01T10:00:00.000Z'),
    entry('h2', 'Second', '2026-01-02T10:00:00.000Z', 'h1'),
  ];

  it('imports entries as imported revisions, and a second import adds nothing', async () => {
    const db = freshDb();
    expect(await importHistory(db, MAP_ID, history)).toEqual({ ok: true, value: { added: 2 } });
    expect(await importHistory(db, MAP_ID, history)).toEqual({ ok: true, value: { added: 0 } });

    const { revisions } = await listed(db);
    expect(idsOf(revisions)).toEqual(['h2', 'h1']);
    expect(revisions.map((revision) => revision.kind)).toEqual(['imported', 'imported']);
    expect(revisions[0]).toMatchObject({
      parentId: 'h1',
      author: 'Ana',
      createdAt: Date.UTC(2026, 0, 2, 10),
    });
    expect(await loadRevisionMap(db, 'h2')).toEqual({ ok: true, value: titled('Second') });
  });

  it('skips entries already recorded locally and adds only the new ones', async () => {
    const db = freshDb();
    await importHistory(db, MAP_ID, history.slice(0, 1));
    const third = entry('h3', 'Third', '2026-01-03T10:00:00.000Z', 'h2');
    expect(await importHistory(db, MAP_ID, [...history, third])).toEqual({ ok: true, value: { added: 2 } });
    expect(idsOf((await listed(db)).revisions)).toEqual(['h3', 'h2', 'h1']);
  });

  it('exports revisions as FORMAT.md history entries, oldest first, that import back unchanged', async () => {
    const db = freshDb();
    await recordRevision(db, {
      map: titled('One'),
      kind: 'named',
      label: 'Kick-off',
      author: 'Ana',
      id: 'r1',
      createdAt: Date.UTC(2026, 0, 5, 9),
    });
    await recordRevision(db, {
      map: titled('Two'),
      kind: 'auto',
      id: 'r2',
      createdAt: Date.UTC(2026, 0, 6, 9),
    });

    const exported = await exportHistory(db, MAP_ID);
    expect(exported).toEqual({
      ok: true,
      value: [
        {
          id: 'r1',
          createdAt: '2026-01-05T09:00:00.000Z',
          label: 'Kick-off',
          author: 'Ana',
          map: titled('One'),
        },
        { id: 'r2', parentId: 'r1', createdAt: '2026-01-06T09:00:00.000Z', map: titled('Two') },
      ],
    });

    const elsewhere = freshDb();
    expect(exported.ok && (await importHistory(elsewhere, MAP_ID, exported.value))).toEqual({
      ok: true,
      value: { added: 2 },
    });
    expect(await loadRevisionMap(elsewhere, 'r2')).toEqual({ ok: true, value: titled('Two') });
  });
});

describe('retention and storage', () => {
  it('deletes the revisions retention drops, bodies too, and keeps the others readable', async () => {
    const db = freshDb();
    const now = Date.UTC(2026, 2, 18, 12);
    // Three automatic revisions on 10 March: only the newest of that day survives.
    const times = [Date.UTC(2026, 2, 10, 8), Date.UTC(2026, 2, 10, 9), Date.UTC(2026, 2, 10, 10)];
    for (const [index, createdAt] of times.entries()) {
      await recordRevision(db, { map: titled(`Old ${index}`), kind: 'auto', id: `old-${index}`, createdAt });
    }
    await recordRevision(db, { map: titled('Recent'), kind: 'auto', id: 'recent', createdAt: now - HOUR });
    expect((await db.revisionBodies.get('old-2'))?.baseId).toBe('old-0');

    expect(await applyRetention(db, MAP_ID, now)).toEqual({ ok: true, value: { dropped: 2 } });
    expect(idsOf((await listed(db)).revisions)).toEqual(['recent', 'old-2']);
    expect(await db.revisionBodies.toCollection().primaryKeys()).toEqual(['old-2', 'recent']);
    // old-0 was the keyframe the others were stored against: they still load.
    expect(await loadRevisionMap(db, 'old-2')).toEqual({ ok: true, value: titled('Old 2') });
    expect(await loadRevisionMap(db, 'recent')).toEqual({ ok: true, value: titled('Recent') });
    // Re-stored: the oldest kept one is now the keyframe, the other a delta against it.
    expect((await db.revisionBodies.get('old-2'))?.baseId).toBeNull();
    expect((await db.revisionBodies.get('recent'))?.baseId).toBe('old-2');
  });

  it('sums the bytes of the map’s bodies', async () => {
    const db = freshDb();
    await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'r1', createdAt: 1_000 });
    await recordRevision(db, { map: titled('B'), kind: 'auto', id: 'r2', createdAt: 2_000 });
    const bodies = await db.revisionBodies.toArray();
    const expected = bodies.reduce(
      (sum, body) =>
        sum + (typeof body.data === 'string' ? new TextEncoder().encode(body.data).length : body.data.length),
      0,
    );

    expect(expected).toBeGreaterThan(0);
    expect(await storageUsed(db, MAP_ID)).toEqual({ ok: true, value: expected });
    expect(await storageUsed(db, 'other-map')).toEqual({ ok: true, value: 0 });
  });
});

describe('write failures', () => {
  it('returns a full disk as quota after thinning the history and retrying once', async () => {
    const db = freshDb();
    // Retention runs with the clock: fix it to Wednesday 18 March 2026, noon UTC.
    const now = Date.UTC(2026, 2, 18, 12);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    await recordRevision(db, { map: titled('Old 1'), kind: 'auto', id: 'old-1', createdAt: now - 40 * DAY });
    await recordRevision(db, {
      map: titled('Old 2'),
      kind: 'auto',
      id: 'old-2',
      createdAt: now - 40 * DAY + HOUR,
    });
    await recordRevision(db, { map: titled('Head'), kind: 'auto', id: 'head', createdAt: now - HOUR });
    const add = vi
      .spyOn(db.revisionBodies, 'add')
      .mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));

    const result = await recordRevision(db, { map: titled('New'), kind: 'auto', id: 'new', createdAt: now });

    expect(result).toEqual({ ok: false, error: { kind: 'quota' } });
    expect(add).toHaveBeenCalledTimes(2);
    // Retention ran in between: of the two revisions of that old week only the newer is left.
    expect(idsOf((await listed(db)).revisions)).toEqual(['head', 'old-2']);
  });

  it('retries a write whose transaction was aborted, once', async () => {
    const db = freshDb();
    const realAdd = db.revisionBodies.add.bind(db.revisionBodies);
    const add = vi
      .spyOn(db.revisionBodies, 'add')
      .mockRejectedValueOnce(new DOMException('Transaction aborted', 'AbortError'))
      .mockImplementation(realAdd);

    const result = await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'r1', createdAt: 1_000 });

    expect(result.ok).toBe(true);
    expect(add).toHaveBeenCalledTimes(2);
    expect(idsOf((await listed(db)).revisions)).toEqual(['r1']);
  });

  it('does not retry other failures', async () => {
    const db = freshDb();
    const add = vi.spyOn(db.revisionBodies, 'add').mockRejectedValue(new Error('disk on fire'));

    const result = await recordRevision(db, { map: titled('A'), kind: 'auto', id: 'r1', createdAt: 1_000 });

    expect(result).toEqual({ ok: false, error: { kind: 'failed', detail: 'disk on fire' } });
    expect(add).toHaveBeenCalledTimes(1);
  });
});

describe('revision errors as sentences', () => {
  it('says what happened to the saved version, and defers database failures to the db messages', () => {
    expect(describeRevisionError({ kind: 'not-found', revisionId: 'r1' }, 'Map')).toBe(
      'This version of the map is no longer stored.',
    );
    expect(describeRevisionError({ kind: 'corrupt', revisionId: 'r1', reason: 'bad bytes' }, 'Map')).toBe(
      'This saved version of the map is damaged and can’t be shown (bad bytes).',
    );
    expect(
      describeRevisionError({ kind: 'newer-version', revisionId: 'r1', version: 3, supported: 1 }, 'Map'),
    ).toBe(
      'This saved version was made by a newer Journey Studio (format 3; this app reads up to 1). Update the app to see it.',
    );
    expect(describeRevisionError({ kind: 'quota' }, 'Map')).toBe(
      'The disk is full, so unsaved changes can’t be kept for recovery. Your map is still open: save it to a file.',
    );
  });
});
