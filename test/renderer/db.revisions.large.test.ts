import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioDb, listRevisions, loadRevisionMap, recordRevision, storageUsed } from '../../renderer/src/db';
import { validateDocument } from '../../shared/format';
import type { JourneyMap } from '../../shared/model';
import { largeMap, smallEdit } from './db.revisions.largeMap';

const opened: StudioDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The storage budget of the "Living maps" issue: per automatic revision of a 1,000-item map. */
const BUDGET_BYTES_PER_REVISION = 50 * 1024;
// 100 recordings and 100 validated loads of a 1,000-item map: generous, so a busy machine never fails it.

describe('revisions of a 1,000-item map', () => {
  it('the generated map is a valid document', () => {
    expect(validateDocument({ format: 'cxmap', version: 1, map: largeMap() }).ok).toBe(true);
  });

  it('stores 100 small edits within the byte budget, and every revision loads exactly', async () => {
    const db = new StudioDb('large-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    const recorded: JourneyMap[] = [];
    let map = largeMap();
    for (let step = 0; step < 100; step++) {
      map = smallEdit(map, step);
      recorded.push(map);
      const result = await recordRevision(db, { map, kind: 'auto', id: `r${step}`, createdAt: step });
      expect(result.ok && result.value.unchanged).toBe(false);
    }

    const used = await storageUsed(db, map.id);
    expect(used.ok && used.value / 100).toBeLessThanOrEqual(BUDGET_BYTES_PER_REVISION);
    // Every 20th revision at most is a whole map; the rest are deltas.
    expect(await db.revisionBodies.filter((body) => body.baseId === null).count()).toBeLessThanOrEqual(5);

    const listed = await listRevisions(db, map.id);
    expect(listed.ok && listed.value.revisions.length).toBe(100);
    for (const [step, expected] of recorded.entries()) {
      expect(await loadRevisionMap(db, `r${step}`)).toEqual({ ok: true, value: expected });
    }
  }, 60_000);
});
