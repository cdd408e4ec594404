import { applyDelta, decodePayload, diffMaps, encodePayload } from './revisionCodec';
import type { JourneyMap } from '../../../shared/model';
import { err, ok } from '../../../shared/result';
import type { Result } from '../../../shared/result';
import type { RevisionBodyRecord, StudioDb } from './studioDb';

/**
 * Reading and writing revision bodies (see `revisionCodec.ts` for the encoding). Every function here
 * runs inside the caller's Dexie transaction and does no other asynchronous work, so that the
 * transaction stays alive.
 */

/** A keyframe every this many revisions at most: bounds how much a delta can grow. */
export const KEYFRAME_INTERVAL = 20;
/** A delta bigger than this share of its keyframe is not worth it; a new keyframe is stored. */
export const DELTA_SHARE_LIMIT = 0.5;

/** A decoded body: the map as stored (not yet validated) and the keyframe it was built on. */
export interface DecodedBody {
  readonly map: unknown;
  readonly keyframeId: string;
  readonly keyframeMap: unknown;
}

/** Decodes a revision's body, and its keyframe when it is a delta; a reason when either is damaged. */
export async function readBody(db: StudioDb, revisionId: string): Promise<Result<DecodedBody, string>> {
  const body = await db.revisionBodies.get(revisionId);
  if (body === undefined) return err('its stored map is missing');
  const payload = decodePayload(body.data);
  if (!payload.ok) return err(`its stored map cannot be decoded (${payload.error})`);
  if (body.baseId === null) {
    return ok({ map: payload.value, keyframeId: body.id, keyframeMap: payload.value });
  }
  const keyframe = await db.revisionBodies.get(body.baseId);
  if (keyframe === undefined) return err(`the revision it is stored against (${body.baseId}) is missing`);
  if (keyframe.baseId !== null) return err(`the revision it is stored against is not a whole map`);
  const keyframePayload = decodePayload(keyframe.data);
  if (!keyframePayload.ok) {
    return err(`the revision it is stored against cannot be decoded (${keyframePayload.error})`);
  }
  const map = applyDelta(keyframePayload.value, payload.value);
  if (!map.ok) return err(`its stored changes do not apply (${map.error})`);
  return ok({ map: map.value, keyframeId: keyframe.id, keyframeMap: keyframePayload.value });
}

/** What to store a new body against: a keyframe, its decoded map, and how many deltas it has. */
export interface KeyframeBase {
  readonly id: string;
  readonly map: unknown;
  readonly byteSize: number;
  readonly deltaCount: number;
}

export async function keyframeBaseOf(db: StudioDb, decoded: DecodedBody): Promise<KeyframeBase | null> {
  const keyframe = await db.revisionBodies.get(decoded.keyframeId);
  if (keyframe === undefined) return null;
  const deltaCount = await db.revisionBodies.where('baseId').equals(decoded.keyframeId).count();
  return { id: keyframe.id, map: decoded.keyframeMap, byteSize: keyframe.byteSize, deltaCount };
}

/**
 * The body row for `map`: a delta against `base` while that keyframe has fewer than
 * KEYFRAME_INTERVAL − 1 deltas and the delta stays small, else a new keyframe.
 */
export function encodeBody(
  revisionId: string,
  mapId: string,
  map: JourneyMap,
  base: KeyframeBase | null,
): RevisionBodyRecord {
  if (base !== null && base.deltaCount < KEYFRAME_INTERVAL - 1) {
    const delta = encodePayload(diffMaps(base.map, map));
    if (delta.byteSize <= base.byteSize * DELTA_SHARE_LIMIT) {
      return { id: revisionId, mapId, baseId: base.id, ...delta };
    }
  }
  return { id: revisionId, mapId, baseId: null, ...encodePayload(map) };
}
