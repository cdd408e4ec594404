import { z } from 'zod';
import { CURRENT_FORMAT_VERSION, validateDocument } from '../../../shared/format';
import { planRetention } from '../../../shared/logic/retention';
import type { HistoryEntry, JourneyMap } from '../../../shared/model';
import { err, ok } from '../../../shared/result';
import type { Result } from '../../../shared/result';
import { toDbError } from './dbErrors';
import { KEYFRAME_INTERVAL, encodeBody, keyframeBaseOf, readBody } from './revisionBodies';
import type { KeyframeBase } from './revisionBodies';
import { applyDelta, decodePayload } from './revisionCodec';
import { RevisionProblem } from './revisionErrors';
import type { RevisionError } from './revisionErrors';
import {
  BlockingClock,
  baseForRecording,
  encodeBodyForRecording,
  forgetHead,
  forgetMaps,
  rememberHead,
  rememberedHead,
  sameContent,
} from './revisionRecording';
import type { RecordingBase } from './revisionRecording';
import { summarizeMap } from './revisionSummary';
import type { MapRecord, RevisionBodyRecord, RevisionRecord, StudioDb } from './studioDb';

/**
 * The map's revisions in IndexedDB (DESIGN §4, issue "Living maps"). Every function answers with a
 * Result and never rejects, like `draftsTable.ts`. Listing reads metadata only; a map is decoded,
 * migrated and validated (through `validateDocument`, like a file) only when it is loaded.
 */

export type RevisionMeta = RevisionRecord;
export type RevisionKind = RevisionRecord['kind'];

export interface RecordRevisionInput {
  readonly map: JourneyMap;
  readonly kind: RevisionKind;
  readonly label?: string | null;
  readonly note?: string | null;
  readonly author?: string | null;
  /** Defaults to the map's current head revision. */
  readonly parentId?: string | null;
  readonly id?: string;
  readonly createdAt?: number;
  /** Updates the `maps` row's file path; left as it was when not given. */
  readonly filePath?: string | null;
}

export interface RecordedRevision {
  readonly revision: RevisionMeta;
  /** True when an automatic revision was not stored because the map equals the head's. */
  readonly unchanged: boolean;
}

export interface RevisionList {
  /** Newest first. */
  readonly revisions: RevisionMeta[];
  /** Rows that could not be listed: damaged, without a body, or from a newer format version. */
  readonly skipped: number;
}

// ---------------------------------------------------------------------------------------------------
// Errors and retries

const isNamed = (error: unknown, name: string): boolean => {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    if ((current as { name?: unknown }).name === name) return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
};

function toRevisionError(error: unknown): RevisionError {
  if (error instanceof RevisionProblem) return error.problem;
  const inner = (error as { inner?: unknown } | null)?.inner;
  if (inner instanceof RevisionProblem) return inner.problem;
  return toDbError(error);
}

async function attempt<T>(action: () => Promise<T>): Promise<Result<T, RevisionError>> {
  try {
    return ok(await action());
  } catch (error: unknown) {
    return err(toRevisionError(error));
  }
}

/**
 * A write, made robust the way DESIGN §4 asks: an aborted transaction (another tab, a transient
 * failure) is retried once; a full disk first thins this map's history, then retries once. Anything
 * else, or a second failure, is returned.
 */
async function writeWithRecovery<T>(
  db: StudioDb,
  mapId: string,
  write: () => Promise<T>,
): Promise<Result<T, RevisionError>> {
  try {
    return ok(await write());
  } catch (error: unknown) {
    const mapped = toRevisionError(error);
    if (mapped.kind === 'quota') {
      await applyRetention(db, mapId, Date.now());
    } else if (!isNamed(error, 'AbortError')) {
      return err(mapped);
    }
  }
  return attempt(write);
}

const fail = (problem: RevisionError): never => {
  throw new RevisionProblem(problem);
};

// ---------------------------------------------------------------------------------------------------
// Recording

/** The keyframe to store a child of `parentId` against, or null to store a keyframe. */
async function baseForChildOf(db: StudioDb, parentId: string | null): Promise<KeyframeBase | null> {
  if (parentId === null) return null;
  const parent = await readBody(db, parentId);
  return parent.ok ? keyframeBaseOf(db, parent.value) : null;
}

/** The head moved between reading and writing (another recording): the recording starts over. */
class HeadMoved extends Error {
  override readonly name = 'HeadMoved';
}

/** How often a recording starts over because another one moved the head in between. */
const HEAD_MOVED_RETRIES = 3;

/**
 * Stores a revision of `input.map` and makes it the map's head. An automatic revision identical to
 * the head (ignoring `updatedAt`) is not stored: the head is returned with `unchanged: true`.
 *
 * Read, encode, write: the encoding of a whole map runs in a worker, which an IndexedDB transaction
 * cannot wait for, so the write is its own transaction and first checks that what was read still
 * holds (see `revisionRecording.ts`). Adds the User Timing measure `studio:revision-blocking`: the
 * main thread's synchronous share of the recording.
 */
export async function recordRevision(
  db: StudioDb,
  input: RecordRevisionInput,
): Promise<Result<RecordedRevision, RevisionError>> {
  const startedAt = performance.now();
  const clock = new BlockingClock();
  const id = input.id ?? crypto.randomUUID();
  const createdAt = input.createdAt ?? Date.now();
  const result = await writeWithRecovery(db, input.map.id, async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await recordOnce(db, input, id, createdAt, clock);
      } catch (error: unknown) {
        if (attempt >= HEAD_MOVED_RETRIES || !isNamed(error, 'HeadMoved')) throw error;
      }
    }
  });
  performance.measure('studio:revision-blocking', { start: startedAt, duration: clock.ms });
  return result;
}

/** What a recording needs to know about the map's head before encoding. */
interface HeadState {
  readonly headId: string | null;
  readonly parentId: string | null;
  readonly base: RecordingBase;
  readonly headMap: unknown;
}

/** Reads the head, its map and its keyframe from the database (a read transaction). */
function readHeadState(db: StudioDb, input: RecordRevisionInput, clock: BlockingClock): Promise<HeadState> {
  const { map } = input;
  return db.transaction('r', db.maps, db.revisions, db.revisionBodies, async () => {
    const headId = (await db.maps.get(map.id))?.headRevisionId ?? null;
    const parentId = input.parentId !== undefined ? input.parentId : headId;
    const base = await baseForRecording(db, parentId, clock);
    const headMap =
      headId === parentId || headId === null
        ? base.parentMap
        : (await baseForRecording(db, headId, clock)).parentMap;
    return { headId, parentId, base, headMap };
  });
}

async function recordOnce(
  db: StudioDb,
  input: RecordRevisionInput,
  id: string,
  createdAt: number,
  clock: BlockingClock,
): Promise<RecordedRevision> {
  const { map } = input;
  // The head this window recorded last, when it is the parent: no read transaction at all. The write
  // below checks that it is still the head.
  const remembered = input.parentId === undefined ? rememberedHead(db, map.id) : undefined;
  const state: HeadState =
    remembered === undefined
      ? await readHeadState(db, input, clock)
      : {
          headId: remembered.headId,
          parentId: remembered.headId,
          base: { keyframe: remembered.keyframe, parentMap: remembered.headMap },
          headMap: remembered.headMap,
        };
  const { headId, parentId, base } = state;

  if (input.kind === 'auto' && headId !== null && state.headMap !== undefined) {
    const headMap = state.headMap;
    if (clock.run(() => sameContent(headMap, map))) {
      const head = await db.revisions.get(headId);
      if (head !== undefined) return { revision: head, unchanged: true };
    }
  }

  const body = await encodeBodyForRecording(id, map.id, map, base.keyframe, clock);
  const revision: RevisionMeta = {
    id,
    mapId: map.id,
    parentId,
    createdAt,
    label: input.label ?? null,
    note: input.note ?? null,
    author: input.author ?? null,
    kind: input.kind,
    schemaVersion: CURRENT_FORMAT_VERSION,
    summary: clock.run(() => summarizeMap(map)),
    byteSize: body.byteSize,
  };
  await db.transaction('rw', db.maps, db.revisions, db.revisionBodies, async () => {
    const current = await db.maps.get(map.id);
    // Another recording (another window, an import) moved the head or thinned the keyframe away since
    // it was read: start over from what is stored.
    const deltas =
      body.baseId === null ? 0 : await db.revisionBodies.where('baseId').equals(body.baseId).count();
    const keyframeGone =
      body.baseId !== null && (await db.revisionBodies.where(':id').equals(body.baseId).count()) === 0;
    if ((current?.headRevisionId ?? null) !== headId || keyframeGone || deltas >= KEYFRAME_INTERVAL - 1) {
      forgetHead(db, map.id);
      throw new HeadMoved();
    }
    const mapRecord: MapRecord = {
      id: map.id,
      title: map.title,
      filePath: input.filePath !== undefined ? input.filePath : (current?.filePath ?? null),
      headRevisionId: id,
      updatedAt: createdAt,
    };
    // `add`, not `put`: reusing an id would silently replace a keyframe other revisions rest on. The
    // calls are timed: IndexedDB copies the row (structured clone) synchronously.
    const writes = clock.run(() => [
      db.revisionBodies.add(body),
      db.revisions.add(revision),
      db.maps.put(mapRecord),
    ]);
    await Promise.all(writes);
  });
  clock.run(() => {
    const keyframe: KeyframeBase | null =
      body.baseId === null
        ? { id, map, byteSize: body.byteSize, deltaCount: 0 }
        : base.keyframe && { ...base.keyframe, deltaCount: base.keyframe.deltaCount + 1 };
    rememberHead(db, map.id, id, map, keyframe);
  });
  return { revision, unchanged: false };
}

// ---------------------------------------------------------------------------------------------------
// Listing and loading

const nullableText = z.string().nullable();
const countSchema = z.number().int().min(0);

/** A listed row is checked like any stored data: anything else is skipped, not shown half-broken. */
const revisionRowSchema = z.object({
  id: z.string().min(1),
  mapId: z.string(),
  parentId: nullableText,
  createdAt: z.number().finite(),
  label: nullableText,
  note: nullableText,
  author: nullableText,
  kind: z.enum(['auto', 'named', 'imported']),
  schemaVersion: z.number().int().min(1).max(CURRENT_FORMAT_VERSION),
  summary: z.object({
    itemsByKind: z.record(z.string(), countSchema),
    stages: countSchema,
    lanes: countSchema,
    links: countSchema,
    quotes: countSchema,
    personas: countSchema,
    metrics: countSchema,
    latestMetrics: z.record(z.string(), z.number()),
  }),
  byteSize: countSchema,
});

const newestFirst = (a: RevisionMeta, b: RevisionMeta): number =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

async function readRevisionRows(db: StudioDb, mapId: string): Promise<RevisionList> {
  return db.transaction('r', db.revisions, db.revisionBodies, async () => {
    const rows: unknown[] = await db.revisions.where('mapId').equals(mapId).toArray();
    // Keys only: cheap, and it catches a revision whose body was lost.
    const bodyIds = new Set(await db.revisionBodies.where('mapId').equals(mapId).primaryKeys());
    const revisions: RevisionMeta[] = [];
    for (const row of rows) {
      const parsed = revisionRowSchema.safeParse(row);
      if (parsed.success && bodyIds.has(parsed.data.id)) {
        revisions.push(parsed.data as RevisionMeta);
      }
    }
    return { revisions: revisions.sort(newestFirst), skipped: rows.length - revisions.length };
  });
}

/** The map's revisions, newest first; damaged rows and rows of a newer format are counted, not listed. */
export function listRevisions(db: StudioDb, mapId: string): Promise<Result<RevisionList, RevisionError>> {
  return attempt(() => readRevisionRows(db, mapId));
}

/** The stored map through the format's migrations and validation, as when a file is opened. */
function validatedMap(revision: RevisionMeta, stored: unknown): Result<JourneyMap, RevisionError> {
  const validated = validateDocument({ format: 'cxmap', version: revision.schemaVersion, map: stored });
  if (validated.ok) return ok(validated.value.map);
  const error = validated.error;
  return err(
    error.kind === 'too-new'
      ? { kind: 'newer-version', revisionId: revision.id, version: error.version, supported: error.supported }
      : { kind: 'invalid', revisionId: revision.id, error },
  );
}

async function readRevisionMap(db: StudioDb, revisionId: string): Promise<Result<JourneyMap, RevisionError>> {
  const revision = await db.revisions.get(revisionId);
  if (revision === undefined) return err({ kind: 'not-found', revisionId });
  if (typeof revision.schemaVersion === 'number' && revision.schemaVersion > CURRENT_FORMAT_VERSION) {
    return err({
      kind: 'newer-version',
      revisionId,
      version: revision.schemaVersion,
      supported: CURRENT_FORMAT_VERSION,
    });
  }
  const body = await readBody(db, revisionId);
  if (!body.ok) return err({ kind: 'corrupt', revisionId, reason: body.error });
  return validatedMap(revision, body.value.map);
}

/** The map as it was at `revisionId`: decoded, migrated and validated. */
export async function loadRevisionMap(
  db: StudioDb,
  revisionId: string,
): Promise<Result<JourneyMap, RevisionError>> {
  const loaded = await attempt(() =>
    db.transaction('r', db.revisions, db.revisionBodies, () => readRevisionMap(db, revisionId)),
  );
  return loaded.ok ? loaded.value : loaded;
}

// ---------------------------------------------------------------------------------------------------
// Naming

/** Gives a revision a label and note; a labelled automatic revision becomes a named one (kept forever). */
export function renameRevision(
  db: StudioDb,
  revisionId: string,
  naming: { readonly label: string | null; readonly note: string | null },
): Promise<Result<RevisionMeta, RevisionError>> {
  const label = naming.label?.trim() ? naming.label.trim() : null;
  const note = naming.note?.trim() ? naming.note : null;
  return attempt(() =>
    db.transaction('rw', db.revisions, async () => {
      const revision = await db.revisions.get(revisionId);
      if (revision === undefined) return fail({ kind: 'not-found', revisionId });
      const kind = revision.kind === 'auto' && label !== null ? 'named' : revision.kind;
      const renamed: RevisionMeta = { ...revision, label, note, kind };
      await db.revisions.put(renamed);
      return renamed;
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// History in files (FORMAT.md `history`)

const timeOfEntry = (entry: HistoryEntry): number => {
  const time = Date.parse(entry.createdAt);
  return Number.isNaN(time) ? 0 : time;
};

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Adds a file's history to the map's revisions as `imported` ones. Revisions are identified by id,
 * so entries already stored (from an earlier import or recorded here) are skipped, never duplicated.
 * The head is not moved: the file's own map, not its history, is what is being edited.
 */
export function importHistory(
  db: StudioDb,
  mapId: string,
  entries: readonly HistoryEntry[],
): Promise<Result<{ readonly added: number }, RevisionError>> {
  // Oldest first, so that each entry can be stored against its parent's keyframe.
  const ordered = [...entries].sort((a, b) => timeOfEntry(a) - timeOfEntry(b));
  return writeWithRecovery(db, mapId, () =>
    db.transaction('rw', db.maps, db.revisions, db.revisionBodies, async () => {
      const existing = await db.revisions.bulkGet(ordered.map((entry) => entry.id));
      const seen = new Set(ordered.filter((_, index) => existing[index] !== undefined).map((e) => e.id));
      let added = 0;
      let newest: HistoryEntry | null = null;
      for (const entry of ordered) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        const parentId = entry.parentId ?? null;
        const body = encodeBody(entry.id, mapId, entry.map, await baseForChildOf(db, parentId));
        await db.revisionBodies.add(body);
        await db.revisions.add({
          id: entry.id,
          mapId,
          parentId,
          createdAt: timeOfEntry(entry),
          label: entry.label ?? null,
          // Not in FORMAT.md; written by `exportHistory` as an extra property, which v1 preserves.
          note: textOrNull(entry.note),
          author: entry.author ?? null,
          kind: 'imported',
          schemaVersion: CURRENT_FORMAT_VERSION,
          summary: summarizeMap(entry.map),
          byteSize: body.byteSize,
        });
        added++;
        newest = entry;
      }
      if (newest !== null && (await db.maps.get(mapId)) === undefined) {
        await db.maps.put({
          id: mapId,
          title: newest.map.title,
          filePath: null,
          headRevisionId: newest.id,
          updatedAt: timeOfEntry(newest),
        });
      }
      return { added };
    }),
  );
}

/**
 * The map's revisions as FORMAT.md `history` entries, oldest first. Revisions that cannot be read
 * (damaged, newer format) are left out: a file must only carry valid maps.
 */
export function exportHistory(db: StudioDb, mapId: string): Promise<Result<HistoryEntry[], RevisionError>> {
  return attempt(async () => {
    const { revisions } = await readRevisionRows(db, mapId);
    const entries: HistoryEntry[] = [];
    for (const revision of [...revisions].reverse()) {
      const map = await db.transaction('r', db.revisions, db.revisionBodies, () =>
        readRevisionMap(db, revision.id),
      );
      if (!map.ok) continue;
      entries.push({
        id: revision.id,
        ...(revision.parentId === null ? {} : { parentId: revision.parentId }),
        createdAt: new Date(revision.createdAt).toISOString(),
        ...(revision.label === null ? {} : { label: revision.label }),
        ...(revision.author === null ? {} : { author: revision.author }),
        ...(revision.note === null ? {} : { note: revision.note }),
        map: map.value,
      });
    }
    return entries;
  });
}

// ---------------------------------------------------------------------------------------------------
// Storage

/** Bytes this map's revision bodies take. */
export function storageUsed(db: StudioDb, mapId: string): Promise<Result<number, RevisionError>> {
  return attempt(async () => {
    let total = 0;
    await db.revisions
      .where('mapId')
      .equals(mapId)
      .each((row) => {
        total += typeof row.byteSize === 'number' ? row.byteSize : 0;
      });
    return total;
  });
}

export interface StorageEstimate {
  readonly usage: number;
  readonly quota: number;
}

/** The browser's estimate of what the whole origin uses and may use; null where it cannot tell. */
export async function storageEstimate(): Promise<StorageEstimate | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (estimate?.usage === undefined || estimate.quota === undefined) return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Retention

/**
 * Re-stores the kept revisions that were deltas against a keyframe about to be deleted: the oldest
 * becomes a keyframe, the others deltas against it. Returns false when the old keyframe cannot be
 * read, in which case it must not be deleted (its dependants would become unreadable for good).
 */
async function rebaseDependants(
  db: StudioDb,
  keyframe: RevisionBodyRecord,
  dependants: RevisionBodyRecord[],
  createdAtOf: ReadonlyMap<string, number>,
): Promise<boolean> {
  const keyframeMap = decodePayload(keyframe.data);
  if (!keyframeMap.ok) return false;
  const rebuilt: { id: string; map: JourneyMap }[] = [];
  for (const dependant of dependants) {
    const delta = decodePayload(dependant.data);
    const map = delta.ok ? applyDelta(keyframeMap.value, delta.value) : delta;
    if (!map.ok) return false;
    // Stored data: the codec only needs its records and ids, which it checks itself.
    rebuilt.push({ id: dependant.id, map: map.value as JourneyMap });
  }
  rebuilt.sort((a, b) => (createdAtOf.get(a.id) ?? 0) - (createdAtOf.get(b.id) ?? 0));
  let keyframeBase: Omit<KeyframeBase, 'deltaCount'> | null = null;
  let deltaCount = 0;
  for (const { id, map } of rebuilt) {
    const body = encodeBody(id, keyframe.mapId, map, keyframeBase && { ...keyframeBase, deltaCount });
    await db.revisionBodies.put(body);
    await db.revisions.update(id, { byteSize: body.byteSize });
    if (body.baseId === null) {
      keyframeBase = { id, map, byteSize: body.byteSize };
      deltaCount = 0;
    } else {
      deltaCount++;
    }
  }
  return true;
}

/**
 * Thins the map's automatic revisions (`planRetention`) and deletes their metadata and bodies in one
 * transaction. The head is always kept, and so is a keyframe that kept revisions rest on but that
 * cannot be re-stored. Returns how many revisions were deleted.
 */
export function applyRetention(
  db: StudioDb,
  mapId: string,
  now: number,
): Promise<Result<{ readonly dropped: number }, RevisionError>> {
  return attempt(() =>
    db.transaction('rw', db.maps, db.revisions, db.revisionBodies, async () => {
      const rows = await db.revisions.where('mapId').equals(mapId).toArray();
      const headId = (await db.maps.get(mapId))?.headRevisionId ?? null;
      const plan = planRetention(rows, now);
      const drop = new Set(plan.drop.filter((id) => id !== headId));
      if (drop.size === 0) return { dropped: 0 };

      const createdAtOf = new Map(rows.map((row) => [row.id, row.createdAt]));
      const dependants = await db.revisionBodies
        .where('baseId')
        .anyOf([...drop])
        .toArray();
      const keptDependants = new Map<string, RevisionBodyRecord[]>();
      for (const body of dependants) {
        if (drop.has(body.id) || body.baseId === null) continue;
        keptDependants.set(body.baseId, [...(keptDependants.get(body.baseId) ?? []), body]);
      }
      for (const [keyframeId, bodies] of keptDependants) {
        const keyframe = await db.revisionBodies.get(keyframeId);
        if (keyframe === undefined) continue;
        if (!(await rebaseDependants(db, keyframe, bodies, createdAtOf))) drop.delete(keyframeId);
      }

      await db.revisions.bulkDelete([...drop]);
      await db.revisionBodies.bulkDelete([...drop]);
      forgetMaps(db, drop);
      forgetHead(db, mapId);
      return { dropped: drop.size };
    }),
  );
}
