import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioDb, listRevisions, loadRevisionMap, recordRevision } from '../../renderer/src/db';
import { commuteMap } from './sampleMaps';

/** A revision row as schema version 1 stored it: the whole map inside the listed row. */
interface V1Revision {
  readonly id: string;
  readonly mapId: string;
  readonly parentId: string | null;
  readonly createdAt: number;
  readonly label: string | null;
  readonly author: string | null;
  readonly kind: 'auto' | 'named' | 'imported';
  readonly schemaVersion: number;
  readonly map: unknown;
}

/** The database exactly as version 1 of the app declared it. */
class StudioDbV1 extends Dexie {
  declare revisions: EntityTable<V1Revision, 'id'>;

  constructor(name: string, indexedDB: IDBFactory) {
    super(name, { indexedDB, IDBKeyRange });
    this.version(1).stores({
      maps: 'id, updatedAt',
      revisions: 'id, mapId, createdAt, [mapId+createdAt]',
      drafts: 'mapId, savedAt',
      settings: 'key',
      recent: 'path, openedAt',
    });
  }
}

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('upgrading the studio database from version 1 to 2', () => {
  it('moves each v1 revision’s map into revisionBodies; the revision is listed and loads', async () => {
    const factory = new IDBFactory();
    const map = commuteMap();
    const v1 = new StudioDbV1('upgrade-test', factory);
    opened.push(v1);
    await v1.revisions.put({
      id: 'v1-rev',
      mapId: map.id,
      parentId: null,
      createdAt: 5_000,
      label: 'Before the upgrade',
      author: 'Ana',
      kind: 'named',
      schemaVersion: 1,
      map,
    });
    v1.close();

    const db = new StudioDb('upgrade-test', { indexedDB: factory, IDBKeyRange });
    opened.push(db);
    await db.open();

    expect(db.verno).toBe(2);
    const listed = await listRevisions(db, map.id);
    expect(listed.ok && listed.value.skipped).toBe(0);
    expect(listed.ok && listed.value.revisions).toEqual([
      expect.objectContaining({
        id: 'v1-rev',
        label: 'Before the upgrade',
        note: null,
        author: 'Ana',
        kind: 'named',
        summary: expect.objectContaining({ stages: 3, lanes: 4, links: 2 }),
      }),
    ]);
    expect(await loadRevisionMap(db, 'v1-rev')).toEqual({ ok: true, value: map });
    // The listed row no longer carries the map.
    expect(await db.revisions.get('v1-rev')).not.toHaveProperty('map');
  });

  it('opens a fresh database at version 2 with the revisionBodies table, ready to record', async () => {
    const db = new StudioDb('fresh-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
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
    const recorded = await recordRevision(db, { map: commuteMap(), kind: 'auto', id: 'r1', createdAt: 1 });
    expect(recorded.ok).toBe(true);
  });
});
