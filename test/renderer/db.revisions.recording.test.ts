import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { produce } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioDb, getDraft, loadRevisionMap, putDraft, recordRevision } from '../../renderer/src/db';
import type { DraftRecord } from '../../renderer/src/db';
import type { JourneyMap } from '../../shared/model';
import { largeMap } from './db.revisions.largeMap';

/**
 * Issue 8: recording a revision of the open map (frozen, sharing unchanged records with the last
 * recorded one) stores what a fresh read would, in one write, and still starts over when another
 * window moved the head in between.
 */

const opened: StudioDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function openDb(factory: IDBFactory, name = 'recording-test'): StudioDb {
  const db = new StudioDb(name, { indexedDB: factory, IDBKeyRange });
  opened.push(db);
  return db;
}

/** The store's way of editing: Immer, which freezes the result and shares unchanged records. */
const retitled = (map: JourneyMap, index: number, title: string): JourneyMap =>
  produce(map, (draft) => {
    const item = draft.items[index];
    if (item !== undefined) item.title = title;
  });

const storeMap = (): JourneyMap => produce(largeMap(200), () => undefined);

describe('recording revisions of the open map', () => {
  it('stores successive edits as deltas that load back exactly', async () => {
    const db = openDb(new IDBFactory());
    const maps: JourneyMap[] = [storeMap()];
    for (let step = 1; step < 6; step++)
      maps.push(retitled(maps[step - 1] as JourneyMap, step, `Edited ${step}`));
    for (const [step, map] of maps.entries()) {
      const recorded = await recordRevision(db, { map, kind: 'auto', id: `r${step}`, createdAt: step });
      expect(recorded.ok && recorded.value.unchanged).toBe(false);
    }
    const bodies = await db.revisionBodies.toArray();
    expect(bodies.filter((body) => body.baseId === null).map((body) => body.id)).toEqual(['r0']);
    for (const [step, map] of maps.entries()) {
      expect(await loadRevisionMap(db, `r${step}`)).toEqual({ ok: true, value: map });
    }
    expect((await db.revisions.get('r3'))?.parentId).toBe('r2');
  });

  it('does not store an automatic revision identical to the head, even with a new updatedAt', async () => {
    const db = openDb(new IDBFactory());
    const map = storeMap();
    await recordRevision(db, { map, kind: 'auto', id: 'first' });
    const again = await recordRevision(db, {
      map: { ...map, updatedAt: '2030-01-01T00:00:00.000Z' },
      kind: 'auto',
    });
    expect(again.ok && again.value).toMatchObject({ unchanged: true, revision: { id: 'first' } });
    expect(await db.revisions.count()).toBe(1);
  });

  it('starts over from the stored head when another window recorded in between', async () => {
    const factory = new IDBFactory();
    const here = openDb(factory);
    const elsewhere = openDb(factory);
    const first = storeMap();
    const theirs = retitled(first, 1, 'Theirs');
    const ours = retitled(first, 2, 'Ours');
    await recordRevision(here, { map: first, kind: 'auto', id: 'a' });
    await recordRevision(elsewhere, { map: theirs, kind: 'auto', id: 'b' });
    const recorded = await recordRevision(here, { map: ours, kind: 'auto', id: 'c' });

    expect(recorded.ok && recorded.value.revision.parentId).toBe('b');
    expect((await here.maps.get(first.id))?.headRevisionId).toBe('c');
    expect(await loadRevisionMap(here, 'c')).toEqual({ ok: true, value: ours });
    expect(await loadRevisionMap(here, 'b')).toEqual({ ok: true, value: theirs });
  });

  it('reports its main-thread share as the User Timing measure studio:revision-blocking', async () => {
    performance.clearMeasures('studio:revision-blocking');
    const db = openDb(new IDBFactory());
    await recordRevision(db, { map: storeMap(), kind: 'named', label: 'Baseline' });
    const measures = performance.getEntriesByName('studio:revision-blocking');
    expect(measures).toHaveLength(1);
    expect(measures[0]?.duration).toBeGreaterThanOrEqual(0);
  });
});

describe('drafts in the database', () => {
  const draft = (doc: unknown): DraftRecord => ({
    mapId: 'map-1',
    title: 'Commute',
    fileName: 'commute.cxmap',
    filePath: null,
    savedAt: 1,
    changeCount: 3,
    doc,
    baseMtimeMs: null,
  });

  it('stores the document as text and reads it back as the document', async () => {
    const db = openDb(new IDBFactory());
    const doc = { format: 'cxmap', version: 1, map: largeMap(20) };
    expect((await putDraft(db, draft(doc))).ok).toBe(true);
    const row = await db.drafts.get('map-1');
    expect(typeof row?.docJson).toBe('string');
    const read = await getDraft(db, 'map-1');
    expect(read.ok && read.value).toMatchObject({ mapId: 'map-1', changeCount: 3, doc });
    expect(read.ok && read.value !== null && 'docJson' in read.value).toBe(false);
  });

  it('still reads a draft stored as an object by an earlier version', async () => {
    const db = openDb(new IDBFactory());
    const doc = { format: 'cxmap', version: 1, map: largeMap(5) };
    await db.drafts.put(draft(doc));
    const read = await getDraft(db, 'map-1');
    expect(read.ok && read.value?.doc).toEqual(doc);
  });
});
