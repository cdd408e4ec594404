import Dexie from 'dexie';
import type { DexieOptions, EntityTable } from 'dexie';

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
}

/** One row per map the app knows of (DESIGN §4); filled by the revisions work. */
export interface MapRecord {
  readonly id: string;
  readonly title: string;
  readonly filePath: string | null;
  readonly headRevisionId: string | null;
  readonly updatedAt: number;
}

/** A saved state of a map (DESIGN §4); the table is declared now so the schema stays at version 1. */
export interface RevisionRecord {
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

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export interface RecentRecord {
  readonly path: string;
  readonly openedAt: number;
}

export const STUDIO_DB_NAME = 'journey-studio';

/** The app's IndexedDB database: one declarative schema; add `version(2)` only when data changes. */
export class StudioDb extends Dexie {
  declare maps: EntityTable<MapRecord, 'id'>;
  declare revisions: EntityTable<RevisionRecord, 'id'>;
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
