import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StudioDb,
  applyRetention,
  defaultStudioDb,
  describeDbError,
  describeRevisionError,
  getDraft,
  importHistory,
  listDrafts,
  listRevisions,
  loadRevisionMap,
  putDraft,
  recordRevision,
} from '../../renderer/src/db';
import type { DraftRecord } from '../../renderer/src/db';
import { recordAndThin } from '../../renderer/src/history/recording';
import { createStudioStore } from '../../renderer/src/store';
import type { HistoryEntry, JourneyMap } from '../../shared/model';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf, fileBytes } from './sampleMaps';

/**
 * Fault injection on the local database (issue "Hardening", item 5): a full disk (often an AbortError
 * whose `inner` is the QuotaExceededError), a bulk write that fails half-way, an aborted transaction, an
 * upgrade blocked by an older window, and a database that cannot be opened at all. Each must end in a
 * sentence the user can act on, and every draft and revision stored before must read back unchanged.
 */

const opened: StudioDb[] = [];
/** A database of its own, on its own IndexedDB factory, so that nothing leaks between tests. */
const freshDb = (factory: IDBFactory = new IDBFactory()) => {
  const db = new StudioDb('faults-test', { indexedDB: factory, IDBKeyRange });
  opened.push(db);
  return db;
};

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const db of opened.splice(0)) db.close();
  await defaultStudioDb()?.drafts.clear();
});

const MAP_ID = commuteMap().id;
const titled = (title: string): JourneyMap => ({ ...commuteMap(), title });

const draftOf = (map: JourneyMap, savedAt = 1_000): DraftRecord => ({
  mapId: map.id,
  title: map.title,
  fileName: 'commute.cxmap',
  filePath: null,
  savedAt,
  changeCount: 2,
  doc: documentOf(map),
  baseMtimeMs: null,
});

/** Dexie's and the browser's ways of saying "the disk is full". */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const abortWrappingQuota = () => new Dexie.AbortError('Transaction aborted', quotaError());
const abortError = () => new DOMException('The transaction was aborted.', 'AbortError');

/** Every revision of the map, each loaded back: what "nothing was lost" is checked against. */
async function storedRevisions(db: StudioDb, mapId = MAP_ID) {
  const listed = await listRevisions(db, mapId);
  if (!listed.ok) throw new Error(`listing failed: ${listed.error.kind}`);
  expect(listed.value.skipped).toBe(0);
  return Promise.all(
    listed.value.revisions.map(async (revision) => {
      const loaded = await loadRevisionMap(db, revision.id);
      if (!loaded.ok) throw new Error(`revision ${revision.id} does not load: ${loaded.error.kind}`);
      return { id: revision.id, title: loaded.value.title };
    }),
  );
}

async function seedRevisions(db: StudioDb) {
  for (const [index, id] of ['r1', 'r2', 'r3'].entries()) {
    const recorded = await recordRevision(db, {
      map: titled(`Version ${index + 1}`),
      // Named, so that the thinning a full disk triggers (DESIGN §4) may not drop them.
      kind: 'named',
      label: `Version ${index + 1}`,
      id,
      createdAt: 1_000 + index,
    });
    expect(recorded.ok).toBe(true);
  }
  return storedRevisions(db);
}

describe('a full disk', () => {
  it('keeps the draft already stored when a newer one cannot be written, and says the disk is full', async () => {
    const db = freshDb();
    const earlier = draftOf(titled('Before the workshop'));
    expect((await putDraft(db, earlier)).ok).toBe(true);
    vi.spyOn(db.drafts, 'put').mockRejectedValue(abortWrappingQuota());

    const result = await putDraft(db, draftOf(titled('After the workshop'), 2_000));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeDbError(result.error)).toMatch(/^The disk is full.*save it to a file/);
    expect(await getDraft(db, MAP_ID)).toEqual({ ok: true, value: earlier });
  });

  it('in the app: shows the alert once, and the next autosave stores the whole map', async () => {
    const { api, store } = renderStudio();
    const db = present(defaultStudioDb(), 'the default database');
    api.pickFile('commute.cxmap', fileBytes(documentOf(commuteMap())));
    await userEvent.click(screen.getAllByRole('button', { name: 'Open…' })[0] ?? document.body);
    await screen.findAllByTestId('item-node');
    const realPut = db.drafts.put.bind(db.drafts);
    vi.spyOn(db.drafts, 'put').mockRejectedValueOnce(abortWrappingQuota()).mockImplementation(realPut);

    store.getState().applyDocumentEdit('Rename map', (draft) => {
      draft.title = 'First edit';
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 3_000 });
    expect(alert.textContent).toContain('The disk is full');
    expect(alert.textContent).toContain('Your map is still open');

    store.getState().applyDocumentEdit('Rename map', (draft) => {
      draft.title = 'Second edit';
    });
    await waitFor(
      async () => {
        const stored = await getDraft(db, MAP_ID);
        expect(stored.ok && stored.value?.doc).toEqual(store.getState().doc);
      },
      { timeout: 3_000 },
    );
  });

  it('keeps every revision when a new one cannot be recorded, and says storage is full', async () => {
    const db = freshDb();
    const before = await seedRevisions(db);
    vi.spyOn(db.revisionBodies, 'add').mockRejectedValue(abortWrappingQuota());
    const store = createStudioStore();

    const stored = await recordAndThin(db, store, { map: titled('Version 4'), kind: 'named', label: 'v4' });

    expect(stored).toBe(false);
    expect(store.getState().errorMessage).toMatch(/^History: storage is full .*saving to a file still works/);
    expect(await storedRevisions(db)).toEqual(before);
  });
});

describe('a bulk write that fails half-way (BulkError)', () => {
  const entryOf = (id: string, index: number): HistoryEntry => ({
    id,
    createdAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    map: titled(`Imported ${index + 1}`),
  });

  it('imports none of a file’s history rather than some, and a retry imports it all', async () => {
    const db = freshDb();
    const before = await seedRevisions(db);
    const entries = ['h1', 'h2', 'h3'].map(entryOf);
    const realAdd = db.revisions.add.bind(db.revisions);
    // The first entry is written, then the disk gives out on the second, on the retry too.
    vi.spyOn(db.revisions, 'add').mockImplementation((row) =>
      row.id === 'h2'
        ? Dexie.Promise.reject(new Dexie.BulkError('1 of 3 operations failed', { 1: quotaError() }))
        : realAdd(row),
    );

    const failed = await importHistory(db, MAP_ID, entries);

    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(describeRevisionError(failed.error, 'Commute')).toContain('disk is full');
    // The transaction was rolled back as a whole: no half-imported history, the rest untouched.
    expect(await storedRevisions(db)).toEqual(before);

    vi.mocked(db.revisions.add).mockImplementation(realAdd);
    expect(await importHistory(db, MAP_ID, entries)).toEqual({ ok: true, value: { added: 3 } });
    expect((await storedRevisions(db)).map((revision) => revision.id).sort()).toEqual(
      ['h1', 'h2', 'h3', 'r1', 'r2', 'r3'].sort(),
    );
  });

  it('leaves no revision without its body when thinning fails half-way', async () => {
    const db = freshDb();
    const DAY = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2026, 2, 18, 12);
    // Two automatic revisions of one old week: retention drops the older one.
    for (const [id, createdAt] of [
      ['old-1', now - 40 * DAY],
      ['old-2', now - 40 * DAY + 60_000],
      ['head', now - 60_000],
    ] as const) {
      await recordRevision(db, { map: titled(id), kind: 'auto', id, createdAt });
    }
    const before = await storedRevisions(db);
    vi.spyOn(db.revisionBodies, 'bulkDelete').mockRejectedValue(
      new Dexie.BulkError('1 of 1 operations failed', { 0: new Error('I/O error') }),
    );

    const thinned = await applyRetention(db, MAP_ID, now);

    expect(thinned.ok).toBe(false);
    if (!thinned.ok)
      expect(describeRevisionError(thinned.error, 'Commute')).toMatch(/^The local database failed/);
    expect(await storedRevisions(db)).toEqual(before);
  });
});

describe('an aborted transaction', () => {
  it('loses no draft: the earlier one stays and the failure is named', async () => {
    const db = freshDb();
    const earlier = draftOf(titled('Kept'));
    await putDraft(db, earlier);
    vi.spyOn(db.drafts, 'put').mockRejectedValue(abortError());

    const result = await putDraft(db, draftOf(titled('Lost?'), 2_000));

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(describeDbError(result.error)).toBe(
        'The local database failed (The transaction was aborted.). Your map is still open: save it to a file.',
      );
    }
    expect(await listDrafts(db)).toEqual({ ok: true, value: [earlier] });
  });

  it('records the revision on the retry after one abort', async () => {
    const db = freshDb();
    const before = await seedRevisions(db);
    const realPut = db.maps.put.bind(db.maps);
    vi.spyOn(db.maps, 'put').mockRejectedValueOnce(abortError()).mockImplementation(realPut);

    const recorded = await recordRevision(db, {
      map: titled('Version 4'),
      kind: 'auto',
      id: 'r4',
      createdAt: 5_000,
    });

    expect(recorded.ok).toBe(true);
    expect(await storedRevisions(db)).toEqual([{ id: 'r4', title: 'Version 4' }, ...before]);
  });

  it('keeps every revision when the retry aborts too, and the app says so', async () => {
    const db = freshDb();
    const before = await seedRevisions(db);
    // The head moves last in the transaction: the body and row written before it must be rolled back.
    vi.spyOn(db.maps, 'put').mockRejectedValue(abortError());
    const store = createStudioStore();

    expect(await recordAndThin(db, store, { map: titled('Version 4'), kind: 'auto' })).toBe(false);

    expect(store.getState().errorMessage).toBe(
      'History: The local database failed (The transaction was aborted.). Your map is still open: save it to a file.',
    );
    expect(await storedRevisions(db)).toEqual(before);
    expect((await db.maps.get(MAP_ID))?.headRevisionId).toBe('r3');
  });
});

describe('an upgrade blocked by an older window', () => {
  /** What an older Journey Studio leaves open: the version-1 database, deaf to `versionchange`. */
  async function openOlderWindow(factory: IDBFactory, draft: DraftRecord): Promise<IDBDatabase> {
    // The schema of version 1 only; Dexie stores version n as IndexedDB version 10·n.
    const v1 = new Dexie('faults-test', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores({
      maps: 'id, updatedAt',
      revisions: 'id, mapId, createdAt, [mapId+createdAt]',
      drafts: 'mapId, savedAt',
      settings: 'key',
      recent: 'path, openedAt',
    });
    await v1.table('drafts').put(draft);
    v1.close();
    return new Promise((resolve, reject) => {
      const request = factory.open('faults-test', 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not open'));
    });
  }

  it('answers "another window" instead of waiting forever, and the draft is there once it closes', async () => {
    const factory = new IDBFactory();
    const draft = draftOf(titled('From the older window'));
    const older = await openOlderWindow(factory, draft);

    const blocked = await listDrafts(freshDb(factory));

    expect(blocked.ok).toBe(false);
    if (!blocked.ok) {
      expect(blocked.error).toEqual({ kind: 'blocked' });
      expect(describeDbError(blocked.error)).toContain('Another Journey Studio window is updating');
    }

    older.close();
    expect(await listDrafts(freshDb(factory))).toEqual({ ok: true, value: [draft] });
  });
});

describe('a database that cannot be opened at all', () => {
  const brokenFactory = () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    return factory;
  };

  it('answers drafts and revisions with "unavailable", naming the browser’s reason', async () => {
    const db = freshDb(brokenFactory());

    const draft = await putDraft(db, draftOf(commuteMap()));
    const revision = await recordRevision(db, { map: commuteMap(), kind: 'auto' });

    for (const result of [draft, revision]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(describeRevisionError(result.error, 'Commute')).toBe(
          'The local database could not be opened (Internal error opening backing store for indexedDB.open.). Unsaved changes won’t be kept for recovery; you can still open and save files.',
        );
      }
    }
  });

  // The app-level case (it starts, says so, and still opens files) is drafts.unavailable.test.tsx.
});
