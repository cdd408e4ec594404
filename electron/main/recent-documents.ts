import { basename, resolve } from 'node:path';
import type { RecentDocument } from '../../shared/ipc/contract';

/** How many maps the start screen and Open Recent list. */
export const MAX_RECENT_DOCUMENTS = 12;

export interface RecentDocumentsDependencies {
  /** The persisted list's JSON (a small file in userData), or `null` when there is none yet. */
  readText(): Promise<string | null>;
  writeText(text: string): Promise<void>;
  /** Whether a regular file still exists at `path`. */
  exists(path: string): Promise<boolean>;
  /** The OS's own list (`app.addRecentDocument`: Dock menu, Windows jump list). */
  addToOsList(path: string): void;
}

export interface RecentDocuments {
  add(path: string): Promise<void>;
  remove(path: string): Promise<readonly RecentDocument[]>;
  list(): Promise<readonly RecentDocument[]>;
  has(path: string): Promise<boolean>;
}

/** Whatever is in the JSON file, only absolute paths survive: the file is ours, but disks lie. */
const parseStoredPaths = (text: string | null): string[] => {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('paths' in parsed)) return [];
    const { paths } = parsed;
    if (!Array.isArray(paths)) return [];
    return paths
      .filter((path): path is string => typeof path === 'string' && path.length > 0 && !path.includes('\0'))
      .filter((path) => resolve(path) === path)
      .slice(0, MAX_RECENT_DOCUMENTS);
  } catch {
    // A corrupt list is not worth an error dialog: start a new one.
    return [];
  }
};

/**
 * The recent-maps list, newest first, persisted after each change. Missing files are kept and
 * marked (a drive may come back) until the user removes them.
 */
export const createRecentDocuments = (deps: RecentDocumentsDependencies): RecentDocuments => {
  let loaded: Promise<string[]> | null = null;
  const paths = (): Promise<string[]> => (loaded ??= deps.readText().then(parseStoredPaths, () => []));
  // Writes go one after another, so an older list never lands after a newer one.
  let saving: Promise<void> = Promise.resolve();
  const persist = (next: string[]): Promise<void> => {
    loaded = Promise.resolve(next);
    saving = saving
      .then(() => deps.writeText(JSON.stringify({ paths: next }, null, 2)))
      .catch(() => undefined);
    return saving;
  };

  const list = async (): Promise<readonly RecentDocument[]> =>
    Promise.all(
      (await paths()).map(async (path) => ({
        path,
        name: basename(path),
        missing: !(await deps.exists(path)),
      })),
    );

  return {
    async add(path) {
      const absolute = resolve(path);
      const current = await paths();
      await persist(
        [absolute, ...current.filter((known) => known !== absolute)].slice(0, MAX_RECENT_DOCUMENTS),
      );
      deps.addToOsList(absolute);
    },
    async remove(path) {
      const current = await paths();
      if (typeof path === 'string') await persist(current.filter((known) => known !== resolve(path)));
      return list();
    },
    list,
    async has(path) {
      return (await paths()).includes(resolve(path));
    },
  };
};
