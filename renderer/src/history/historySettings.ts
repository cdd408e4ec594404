import type { StudioDb } from '../db';

/** Settings the history work keeps in the `settings` table (one row per key). */
export const AUTHOR_NAME_KEY = 'authorName';
export const INCLUDE_HISTORY_KEY = 'includeHistory';

/** A stored setting, or `fallback` when it is missing, of another type, or cannot be read. */
async function readSetting<T>(
  db: StudioDb,
  key: string,
  isValue: (value: unknown) => value is T,
  fallback: T,
) {
  try {
    const row = await db.settings.get(key);
    return row !== undefined && isValue(row.value) ? row.value : fallback;
  } catch {
    // A setting that cannot be read is not worth an error: the default is always safe.
    return fallback;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

export const readAuthorName = (db: StudioDb): Promise<string> =>
  readSetting(db, AUTHOR_NAME_KEY, isString, '');

export const readIncludeHistory = (db: StudioDb): Promise<boolean> =>
  readSetting(db, INCLUDE_HISTORY_KEY, isBoolean, false);

/** Writes a setting; a failure only means it is not remembered next time, so it is swallowed. */
export async function writeSetting(db: StudioDb, key: string, value: string | boolean): Promise<void> {
  try {
    await db.settings.put({ key, value });
  } catch {
    // Not remembered: the user's action itself already happened.
  }
}
