import type { Transaction } from 'dexie';
import { validateDocument } from '../../../shared/format';
import { encodePayload } from './revisionCodec';
import { EMPTY_REVISION_SUMMARY, summarizeMap } from './revisionSummary';
import type { RevisionBodyRecord, RevisionRecord } from './studioDb';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Schema 1 → 2: each revision row kept its whole map in `map`; version 2 lists metadata only and keeps
 * the map in `revisionBodies`. Releases never wrote revisions, but a development build may have, so
 * every row is moved (as a keyframe) rather than dropped. A row whose map no longer validates is still
 * moved: reading it later reports why, instead of the upgrade failing and locking the database.
 */
export async function upgradeRevisionsToV2(tx: Transaction): Promise<void> {
  const revisions = tx.table<unknown, string>('revisions');
  const bodies = tx.table<RevisionBodyRecord, string>('revisionBodies');
  for (const row of await revisions.toArray()) {
    if (!isRecord(row) || typeof row.id !== 'string' || !('map' in row)) continue;
    const { map, ...meta } = row;
    const schemaVersion = typeof meta.schemaVersion === 'number' ? meta.schemaVersion : 1;
    let payload: ReturnType<typeof encodePayload>;
    try {
      payload = encodePayload(map);
    } catch {
      // Unserializable (a cycle): an empty body, which reading reports as corrupt.
      payload = { data: '', byteSize: 0 };
    }
    const validated = validateDocument({ format: 'cxmap', version: schemaVersion, map });
    const mapId = typeof meta.mapId === 'string' ? meta.mapId : '';
    const kind = meta.kind === 'named' || meta.kind === 'imported' ? meta.kind : 'auto';
    const upgraded: RevisionRecord = {
      id: row.id,
      mapId,
      parentId: stringOrNull(meta.parentId),
      createdAt: typeof meta.createdAt === 'number' ? meta.createdAt : 0,
      label: stringOrNull(meta.label),
      note: stringOrNull(meta.note),
      author: stringOrNull(meta.author),
      kind,
      schemaVersion,
      summary: validated.ok ? summarizeMap(validated.value.map) : EMPTY_REVISION_SUMMARY,
      byteSize: payload.byteSize,
    };
    await bodies.put({ id: row.id, mapId, baseId: null, ...payload });
    await revisions.put(upgraded);
  }
}
