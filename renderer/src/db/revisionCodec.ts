import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { err, ok } from '../../../shared/result';
import type { Result } from '../../../shared/result';

/**
 * How a revision's map is stored. Automatic revisions of a 1,000-item map come every few edits, and
 * even compressed a whole map is ~100 KB, so most revisions are stored as a *delta*: the records that
 * differ from a *keyframe* (a whole map) recorded earlier. Deltas are always against a keyframe, never
 * against another delta, so reading any revision decodes at most two bodies, and one damaged delta
 * never spoils another revision.
 *
 * Either way the payload is JSON, deflated (zlib, level 1) when that saves at least 10 %, else kept
 * as the JSON string (small deltas do not compress enough to pay for the decode).
 */

export interface EncodedPayload {
  readonly data: Uint8Array | string;
  readonly byteSize: number;
}

/**
 * zlib's fastest level: a revision is written after every save, and deflating a 2 MB map is most of
 * its time (measured on a 1.1 MB map: level 1 takes 20 ms for 136 KB, level 6 34 ms for 107 KB).
 * Keyframes are a small share of the revisions, so the extra quarter of their size costs little.
 */
const COMPRESSION_LEVEL = 1;
/** Compressed output must be at most this share of the raw bytes to be stored compressed. */
const WORTH_COMPRESSING = 0.9;

/** The map's arrays of records with ids: a delta stores only their changed records. */
const COLLECTIONS = ['personas', 'stages', 'lanes', 'items', 'links', 'metrics', 'quotes'] as const;

type JsonRecord = Record<string, unknown>;

/** Defines rather than assigns, so a stored `__proto__` key stays data (and validation refuses it). */
const setOwn = (target: JsonRecord, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function encodePayload(value: unknown): EncodedPayload {
  return encodeJson(JSON.stringify(value));
}

/** `encodePayload` of data already written as JSON: what the revision worker runs off the main thread. */
export function encodeJson(json: string): EncodedPayload {
  const raw = strToU8(json);
  const compressed = zlibSync(raw, { level: COMPRESSION_LEVEL });
  return compressed.length <= raw.length * WORTH_COMPRESSING
    ? { data: compressed, byteSize: compressed.length }
    : { data: json, byteSize: raw.length };
}

/** The stored payload back as JSON data; a reason when it is not (garbage, truncated, wrong type). */
export function decodePayload(data: unknown): Result<unknown, string> {
  try {
    if (typeof data === 'string') return ok(JSON.parse(data) as unknown);
    // IndexedDB may hand back a typed array of another realm, so test the shape, not `instanceof`.
    if (ArrayBuffer.isView(data)) {
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      return ok(JSON.parse(strFromU8(unzlibSync(bytes))) as unknown);
    }
    return err('the stored body is neither text nor bytes');
  } catch (error: unknown) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

/** Changes to one collection: records removed by id, records added or changed, and the order. */
interface CollectionDelta {
  readonly removed: string[];
  readonly changed: JsonRecord[];
  /** Present only when the order is not "the keyframe's, minus removed, plus added at the end". */
  readonly order?: string[];
}

/** A map as differences from a keyframe map; JSON-safe. */
export interface MapDelta {
  /** The map's own keys in order, so that a decoded map serializes exactly like the recorded one. */
  readonly keys: string[];
  /** Non-collection fields (title, dates, unknown properties) whose value differs from the base. */
  readonly fields: JsonRecord;
  readonly collections: Partial<Record<(typeof COLLECTIONS)[number], CollectionDelta>>;
}

const isCollectionName = (key: string): key is (typeof COLLECTIONS)[number] =>
  (COLLECTIONS as readonly string[]).includes(key);

const idOf = (record: unknown): string | null =>
  isRecord(record) && typeof record.id === 'string' ? record.id : null;

/** Records of a collection by id; null if it is not an array of records with distinct string ids. */
function recordsById(value: unknown): Map<string, JsonRecord> | null {
  if (!Array.isArray(value)) return null;
  const byId = new Map<string, JsonRecord>();
  for (const record of value) {
    const id = idOf(record);
    if (id === null || byId.has(id) || !isRecord(record)) return null;
    byId.set(id, record);
  }
  return byId;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, index) => id === b[index]);

function diffCollection(
  baseRecords: Map<string, JsonRecord>,
  records: Map<string, JsonRecord>,
): CollectionDelta | null {
  const removed = [...baseRecords.keys()].filter((id) => !records.has(id));
  const changed: JsonRecord[] = [];
  const added: string[] = [];
  for (const [id, record] of records) {
    const before = baseRecords.get(id);
    if (before === undefined) added.push(id);
    // Same object, same record: the store's maps share unchanged records (Immer), so a save of a
    // big map with a few edits compares a few records as JSON, not all of them.
    if (before === undefined || (before !== record && JSON.stringify(before) !== JSON.stringify(record))) {
      changed.push(record);
    }
  }
  const order = [...records.keys()];
  const implied = [...baseRecords.keys()].filter((id) => records.has(id)).concat(added);
  const orderChanged = !sameIds(order, implied);
  if (removed.length === 0 && changed.length === 0 && !orderChanged) return null;
  return orderChanged ? { removed, changed, order } : { removed, changed };
}

/**
 * The delta that turns `base` (a decoded keyframe map) into `map`. A collection that is not a clean
 * array of records on either side is stored whole as a field, so any input still round-trips.
 */
export function diffMaps(base: unknown, map: JsonRecord): MapDelta {
  const baseMap = isRecord(base) ? base : {};
  const fields: JsonRecord = {};
  const collections: Partial<Record<(typeof COLLECTIONS)[number], CollectionDelta>> = {};
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (isCollectionName(key)) {
      const baseRecords = recordsById(baseMap[key]);
      const records = recordsById(value);
      if (baseRecords !== null && records !== null) {
        const delta = diffCollection(baseRecords, records);
        if (delta !== null) collections[key] = delta;
        continue;
      }
    }
    if (baseMap[key] !== value && JSON.stringify(baseMap[key]) !== JSON.stringify(value)) fields[key] = value;
  }
  const keys = Object.keys(map).filter((key) => map[key] !== undefined);
  return { keys, fields, collections };
}

function applyCollection(baseValue: unknown, delta: unknown): Result<JsonRecord[], string> {
  const baseRecords = recordsById(baseValue);
  if (baseRecords === null) return err('the keyframe has no such collection');
  if (!isRecord(delta) || !Array.isArray(delta.removed) || !Array.isArray(delta.changed)) {
    return err('a collection change is malformed');
  }
  const records = new Map(baseRecords);
  for (const id of delta.removed) if (typeof id === 'string') records.delete(id);
  const added: string[] = [];
  for (const record of delta.changed) {
    const id = idOf(record);
    if (id === null || !isRecord(record)) return err('a changed record has no id');
    if (!records.has(id)) added.push(id);
    records.set(id, record);
  }
  const order = Array.isArray(delta.order)
    ? delta.order
    : [...baseRecords.keys()].filter((id) => records.has(id)).concat(added);
  const result: JsonRecord[] = [];
  for (const id of order) {
    const record = typeof id === 'string' ? records.get(id) : undefined;
    if (record === undefined) return err(`the order names a record that is not there (${String(id)})`);
    result.push(record);
  }
  if (result.length !== records.size) return err('the order leaves records out');
  return ok(result);
}

/** The map a delta describes, rebuilt on a decoded keyframe map; a reason when they do not fit. */
export function applyDelta(base: unknown, delta: unknown): Result<JsonRecord, string> {
  if (!isRecord(base)) return err('the keyframe is not a map');
  if (
    !isRecord(delta) ||
    !Array.isArray(delta.keys) ||
    !isRecord(delta.fields) ||
    !isRecord(delta.collections)
  ) {
    return err('the delta is malformed');
  }
  const map: JsonRecord = {};
  for (const key of delta.keys) {
    if (typeof key !== 'string') return err('the delta is malformed');
    if (Object.hasOwn(delta.fields, key)) {
      setOwn(map, key, delta.fields[key]);
    } else if (isCollectionName(key) && Object.hasOwn(delta.collections, key)) {
      const records = applyCollection(base[key], delta.collections[key]);
      if (!records.ok) return records;
      setOwn(map, key, records.value);
    } else if (Object.hasOwn(base, key)) {
      setOwn(map, key, base[key]);
    } else {
      return err(`the keyframe lacks "${key}"`);
    }
  }
  return ok(map);
}
