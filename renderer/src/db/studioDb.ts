import Dexie from 'dexie';
import type { DexieOptions, EntityTable } from 'dexie';
import type { ItemKind, MetricKind } from '../../../shared/model';
import { upgradeRevisionsToV2 } from './revisionsUpgrade';

/**
 * The working copy of a map, written within a second of every change so that a crash, a killed
 * process or a reload never loses work. `doc` is whatever was stored: it is validated (and migrated)
 * by `validateDocument` before it is shown, like a file from disk.
 */
export interface DraftRecord {
  readonly mapId: string;
  readonly title: string;
  readonly fileName: string | null;
  readonly filePath: string | null;
  /** When the draft was written (ms since the epoch). */
  readonly savedAt: number;
  /** How many undoable edits separate the draft from the file it started from. */
  readonly changeCount: number;
  readonly doc: unknown;
  /** The file's mtime when it was read; a different mtime now means someone else changed it. */
  readonly baseMtimeMs: number | null;
  /**
   * How `doc` is stored (see `draftsTable.ts`): as JSON text, which IndexedDB copies several times
   * faster than a map's thousands of objects. Read back into `doc`; absent in older rows.
   */
  readonly docJson?: string;
}

/** One row per map the app knows of (DESIGN §4); filled by the revisions work. */
export interface MapRecord {
  readonly id: string;
  readonly title: string;
  readonly filePath: string | null;
  readonly headRevisionId: string | null;
  readonly updatedAt: number;
}

/**
 * A saved state of a map (DESIGN §4), as listed: metadata and a small summary only, so that listing
 * hundreds of revisions never loads a map. The map itself is in `revisionBodies` under the same id.
 */
export interface RevisionRecord {
  readonly id: string;
  readonly mapId: string;
  readonly parentId: string | null;
  readonly createdAt: number;
  readonly label: string | null;
  readonly note: string | null;
  readonly author: string | null;
  readonly kind: 'auto' | 'named' | 'imported';
  /** The `.cxmap` format version the body was written in; read back through its migrations. */
  readonly schemaVersion: number;
  readonly summary: RevisionSummary;
  /** Bytes the body takes in storage. */
  readonly byteSize: number;
}

/**
 * What a one-line "what changed" between neighbouring revisions needs, computed when the revision is
 * recorded: counts of records, and the latest map-level value of each metric kind.
 */
export interface RevisionSummary {
  readonly itemsByKind: Readonly<Partial<Record<ItemKind, number>>>;
  readonly stages: number;
  readonly lanes: number;
  readonly links: number;
  readonly quotes: number;
  readonly personas: number;
  readonly metrics: number;
  readonly latestMetrics: Readonly<Partial<Record<MetricKind, number>>>;
}

/**
 * A revision's map, stored apart from its metadata (see `revisionCodec.ts`). A keyframe (`baseId`
 * null) holds the whole map; a delta holds only the records that differ from the keyframe `baseId`.
 */
export interface RevisionBodyRecord {
  readonly id: string;
  readonly mapId: string;
  readonly baseId: string | null;
  /** Deflated (zlib) UTF-8 JSON, or the JSON string itself when compressing saved too little. */
  readonly data: Uint8Array | string;
  readonly byteSize: number;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export interface RecentRecord {
  readonly path: string;
  readonly openedAt: number;
}

export const STUDIO_DB_NAME = 'journey-studio';

/** The app's IndexedDB database: one declarative schema; add a version only when data changes. */
export class StudioDb extends Dexie {
  declare maps: EntityTable<MapRecord, 'id'>;
  declare revisions: EntityTable<RevisionRecord, 'id'>;
  declare revisionBodies: EntityTable<RevisionBodyRecord, 'id'>;
  declare drafts: EntityTable<DraftRecord, 'mapId'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare recent: EntityTable<RecentRecord, 'path'>;

  /** `options` lets tests give each database its own IndexedDB factory (fake-indexeddb). */
  constructor(name: string = STUDIO_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      maps: 'id, updatedAt',
      revisions: 'id, mapId, createdAt, [mapId+createdAt]',
      drafts: 'mapId, savedAt',
      settings: 'key',
      recent: 'path, openedAt',
    });
    // Version 2 moves each revision's map out of the listed rows into `revisionBodies`.
    this.version(2)
      .stores({
        revisions: 'id, mapId, createdAt, [mapId+createdAt]',
        revisionBodies: 'id, mapId, baseId',
      })
      .upgrade(upgradeRevisionsToV2);
    // An older window holding the previous version open blocks the upgrade, and Dexie would wait for
    // it for ever: every draft and revision call would hang with nothing shown. Closing cancels the
    // open, so they fail with DatabaseClosedError, which the user reads as "another window".
    this.on('blocked', () => {
      this.close();
    });
  }
}

let defaultDb: StudioDb | null = null;

/**
 * The window's database, created on first use. Null where the environment has no IndexedDB at all
 * (a test DOM, a locked-down embedding): the app then runs without drafts rather than failing.
 */
export function defaultStudioDb(): StudioDb | null {
  if (typeof indexedDB === 'undefined') return null;
  // Read at call time, not when Dexie was imported, so whatever IndexedDB the page has now is used.
  defaultDb ??= new StudioDb(STUDIO_DB_NAME, { indexedDB, IDBKeyRange });
  return defaultDb;
}
