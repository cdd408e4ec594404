import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StudioDb,
  deleteDraft,
  describeDbError,
  getDraft,
  listDrafts,
  putDraft,
  toDbError,
} from '../../renderer/src/db';
import type { DraftRecord } from '../../renderer/src/db';
import { commuteMap, documentOf } from './sampleMaps';

/** Each test gets its own IndexedDB, so nothing leaks between them. */
const freshDb = () => new StudioDb('studio-test', { indexedDB: new IDBFactory(), IDBKeyRange });

const draftOf = (mapId: string, savedAt: number): DraftRecord => {
  const map = { ...commuteMap(), id: mapId };
  return {
    mapId,
    title: map.title,
    fileName: 'commute.cxmap',
    filePath: null,
    savedAt,
    changeCount: 3,
    doc: documentOf(map),
    baseMtimeMs: null,
  };
};

const opened: StudioDb[] = [];
const track = (db: StudioDb) => {
  opened.push(db);
  return db;
};

afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

describe('the studio database', () => {
  it('declares the tables of DESIGN §4, revision bodies apart from the listed rows, in version 2', async () => {
    const db = track(freshDb());
    await db.open();

    expect(db.verno).toBe(2);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'drafts',
      'maps',
      'recent',
      'revisionBodies',
      'revisions',
      'settings',
    ]);
    expect(db.revisions.schema.indexes.map((index) => index.name)).toContain('[mapId+createdAt]');
  });

  it('puts, gets, lists (newest first) and deletes drafts, the document unchanged', async () => {
    const db = track(freshDb());
    const older = draftOf('map-a', 1_000);
    const newer = draftOf('map-b', 2_000);

    expect(await putDraft(db, older)).toEqual({ ok: true, value: undefined });
    await putDraft(db, newer);

    expect(await getDraft(db, 'map-a')).toEqual({ ok: true, value: older });
    const listed = await listDrafts(db);
    expect(listed.ok && listed.value.map((draft) => draft.mapId)).toEqual(['map-b', 'map-a']);

    await deleteDraft(db, 'map-a');
    expect(await getDraft(db, 'map-a')).toEqual({ ok: true, value: null });
  });
});

describe('database failures reach the user as sentences, never as exceptions', () => {
  it('maps a QuotaExceededError from a write to "the disk is full"', async () => {
    const db = track(freshDb());
    vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));

    const result = await putDraft(db, draftOf('map-a', 1));

    expect(result).toEqual({ ok: false, error: { kind: 'quota' } });
    if (!result.ok) expect(describeDbError(result.error)).toMatch(/disk is full/);
  });

  it('maps an AbortError whose inner error is a QuotaExceededError the same way', async () => {
    const db = track(freshDb());
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    vi.spyOn(db.drafts, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quota));

    expect(await putDraft(db, draftOf('map-a', 1))).toEqual({ ok: false, error: { kind: 'quota' } });
  });

  it('maps a database that cannot open to "unavailable", naming the browser’s reason', async () => {
    const broken = {
      open: () => {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      },
    };
    const db = track(new StudioDb('studio-broken', { indexedDB: broken, IDBKeyRange }));

    const result = await listDrafts(db);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('unavailable');
    expect(describeDbError(result.error)).toMatch(
      /local database could not be opened \(.*backing store.*\).*you can still open and save files/,
    );
  });

  it('maps blocked upgrades and version changes to "another window"', () => {
    expect(toDbError(new Dexie.DatabaseClosedError('closed by an upgrade'))).toEqual({ kind: 'blocked' });
    expect(toDbError(new Dexie.VersionChangeError('changed'))).toEqual({ kind: 'blocked' });
    expect(describeDbError({ kind: 'blocked' })).toMatch(/Another Journey Studio window/);
  });

  it('keeps anything else as a failure with its message', () => {
    expect(toDbError(new Error('disk on fire'))).toEqual({ kind: 'failed', detail: 'disk on fire' });
    expect(toDbError('odd')).toEqual({ kind: 'failed', detail: 'odd' });
  });
});
