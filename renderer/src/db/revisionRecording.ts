import type { JourneyMap } from '../../../shared/model';
import { encodeJsonOffThread } from '../workers/revisionEncoder';
import { DELTA_SHARE_LIMIT, KEYFRAME_INTERVAL } from './revisionBodies';
import type { KeyframeBase } from './revisionBodies';
import { applyDelta, decodePayload, diffMaps, encodePayload } from './revisionCodec';
import type { RevisionBodyRecord, StudioDb } from './studioDb';

/**
 * The costly part of recording a revision, kept off the main thread's critical path (issue 8: a 2 MB
 * map recorded within 50 ms, at most 16 ms of it blocking). Three things make that possible:
 *
 * - The maps of the last few revisions stay decoded here, per database, so a save does not inflate and
 *   parse its keyframe again. A map from the store is frozen (Immer) and shares its unchanged records
 *   with the next one, so the delta against it compares records by identity, not as JSON.
 * - A whole map (a keyframe) is deflated in a worker (`workers/revisionWorker.ts`).
 * - The head this window recorded last is remembered, so the usual save is one write transaction.
 *   Otherwise the head is read first, in its own transaction: one cannot stay open while the worker
 *   runs. Either way the write checks that the head did not move meanwhile (see `revisionsTable.ts`).
 */

/** The head and its keyframe, with room for a map switched back and forth. */
const CACHED_MAPS = 6;

const decodedMaps = new WeakMap<StudioDb, Map<string, unknown>>();

function cacheOf(db: StudioDb): Map<string, unknown> {
  let cache = decodedMaps.get(db);
  if (cache === undefined) {
    cache = new Map();
    decodedMaps.set(db, cache);
  }
  return cache;
}

function cachedMap(db: StudioDb, revisionId: string): unknown {
  const cache = cacheOf(db);
  const map = cache.get(revisionId);
  if (map !== undefined) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(revisionId);
    cache.set(revisionId, map);
  }
  return map;
}

const COLLECTIONS = ['personas', 'stages', 'lanes', 'items', 'links', 'metrics', 'quotes'] as const;

/**
 * The store's records are frozen by Immer, deeply; the map object itself may be a fresh copy (a save
 * stamps `updatedAt` on a spread of the open map), which is why the collections are what is checked.
 */
const hasFrozenRecords = (map: Record<string, unknown>): boolean =>
  COLLECTIONS.every((key) => {
    const records = map[key];
    return (
      Array.isArray(records) && Object.isFrozen(records) && records.every((record) => Object.isFrozen(record))
    );
  });

/** Remembers a map decoded from the database: private here, so nobody can change it afterwards. */
function rememberDecoded(db: StudioDb, revisionId: string, map: unknown): void {
  const cache = cacheOf(db);
  cache.delete(revisionId);
  cache.set(revisionId, map);
  while (cache.size > CACHED_MAPS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

/** The head this window recorded last for a map: what the next recording is stored against. */
export interface RememberedHead {
  readonly headId: string;
  readonly headMap: unknown;
  readonly keyframe: KeyframeBase | null;
}

const heads = new WeakMap<StudioDb, Map<string, RememberedHead>>();

export function rememberedHead(db: StudioDb, mapId: string): RememberedHead | undefined {
  return heads.get(db)?.get(mapId);
}

/**
 * Remembers the revision just recorded as the map's head, when its records are the store's (frozen):
 * a caller's mutable map could change after it was recorded, and is read back from the database.
 */
export function rememberHead(
  db: StudioDb,
  mapId: string,
  headId: string,
  map: JourneyMap,
  keyframe: KeyframeBase | null,
): void {
  let byMap = heads.get(db);
  if (byMap === undefined) {
    byMap = new Map();
    heads.set(db, byMap);
  }
  const record = map as unknown as Record<string, unknown>;
  if (keyframe === null || !hasFrozenRecords(record)) {
    byMap.delete(mapId);
    return;
  }
  const headMap = { ...record };
  byMap.set(mapId, {
    headId,
    headMap,
    keyframe: keyframe.id === headId ? { ...keyframe, map: headMap } : keyframe,
  });
}

export function forgetHead(db: StudioDb, mapId: string): void {
  heads.get(db)?.delete(mapId);
}

/** Forgets revisions that were deleted (retention): an id could in principle be stored again. */
export function forgetMaps(db: StudioDb, revisionIds: Iterable<string>): void {
  const cache = cacheOf(db);
  for (const id of revisionIds) cache.delete(id);
}

/** Time spent in synchronous work on the main thread, summed: `studio:revision-blocking`. */
export class BlockingClock {
  private total = 0;

  run<T>(work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.total += performance.now() - start;
    }
  }

  get ms(): number {
    return this.total;
  }
}

/** What a child of the head is stored against, and the head's map (to skip an unchanged auto revision). */
export interface RecordingBase {
  readonly keyframe: KeyframeBase | null;
  readonly parentMap: unknown;
}

/** Decoded map of a stored body row, from the cache when it is there. */
function mapOfRow(db: StudioDb, row: RevisionBodyRecord, clock: BlockingClock): unknown {
  const cached = cachedMap(db, row.id);
  if (cached !== undefined) return cached;
  const decoded = clock.run(() => decodePayload(row.data));
  if (!decoded.ok) return undefined;
  rememberDecoded(db, row.id, decoded.value);
  return decoded.value;
}

/**
 * The keyframe a child of `parentId` is stored against, and the parent's own map; nulls when there
 * is no parent or its keyframe cannot be read (a new keyframe is stored then). Runs inside the
 * caller's read transaction.
 */
export async function baseForRecording(
  db: StudioDb,
  parentId: string | null,
  clock: BlockingClock,
): Promise<RecordingBase> {
  const none: RecordingBase = { keyframe: null, parentMap: undefined };
  if (parentId === null) return none;
  const parent = await db.revisionBodies.get(parentId);
  if (parent === undefined) return none;
  const keyframeRow = parent.baseId === null ? parent : await db.revisionBodies.get(parent.baseId);
  if (keyframeRow === undefined || keyframeRow.baseId !== null) return none;
  const keyframeMap = mapOfRow(db, keyframeRow, clock);
  if (keyframeMap === undefined) return none;
  const deltaCount = await db.revisionBodies.where('baseId').equals(keyframeRow.id).count();
  const keyframe: KeyframeBase = {
    id: keyframeRow.id,
    map: keyframeMap,
    byteSize: keyframeRow.byteSize,
    deltaCount,
  };
  let parentMap = parent === keyframeRow ? keyframeMap : cachedMap(db, parent.id);
  if (parentMap === undefined) {
    parentMap = clock.run(() => {
      const delta = decodePayload(parent.data);
      const applied = delta.ok ? applyDelta(keyframeMap, delta.value) : delta;
      return applied.ok ? applied.value : undefined;
    });
    if (parentMap !== undefined) rememberDecoded(db, parent.id, parentMap);
  }
  return { keyframe, parentMap };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const definedKeys = (value: Record<string, unknown>): string[] =>
  Object.keys(value).filter((key) => value[key] !== undefined);

/**
 * Whether two maps are the same ignoring `updatedAt`, as their JSON would say, without writing either
 * as JSON: records shared by both are not compared at all.
 */
export function sameContent(stored: unknown, map: JourneyMap): boolean {
  if (stored === map) return true;
  if (!isRecord(stored)) return false;
  const delta = diffMaps({ ...stored, updatedAt: null }, { ...map, updatedAt: null });
  const storedKeys = definedKeys(stored);
  return (
    Object.keys(delta.fields).length === 0 &&
    Object.keys(delta.collections).length === 0 &&
    storedKeys.length === delta.keys.length &&
    storedKeys.every((key, index) => key === delta.keys[index])
  );
}

/**
 * The body row for `map`: a delta against `base` while that keyframe has fewer than
 * KEYFRAME_INTERVAL − 1 deltas and the delta stays small, else a new keyframe deflated in the worker.
 * Same rules as `encodeBody`, which stays for the synchronous paths (import, retention).
 */
export async function encodeBodyForRecording(
  revisionId: string,
  mapId: string,
  map: JourneyMap,
  base: KeyframeBase | null,
  clock: BlockingClock,
): Promise<RevisionBodyRecord> {
  if (base !== null && base.deltaCount < KEYFRAME_INTERVAL - 1) {
    const delta = clock.run(() => encodePayload(diffMaps(base.map, map)));
    if (delta.byteSize <= base.byteSize * DELTA_SHARE_LIMIT) {
      return { id: revisionId, mapId, baseId: base.id, ...delta };
    }
  }
  const json = clock.run(() => JSON.stringify(map));
  const payload = await encodeJsonOffThread(json);
  return { id: revisionId, mapId, baseId: null, ...payload };
}
