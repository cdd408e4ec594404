import { basename, dirname } from 'node:path';
import type { FileChange } from '../../shared/ipc/contract';

/** How long a burst of file-system events must be quiet before we look at the file. */
export const FILE_WATCH_DEBOUNCE_MS = 300;

/** What identifies one version of a file cheaply; a save by anyone changes at least one of them. */
export interface FileSignature {
  readonly mtimeMs: number;
  readonly size: number;
}

export interface FileWatchDependencies {
  /**
   * Watches a folder (`fs.watch`): the file itself would not do, because an atomic save renames a
   * new file over it and a watch on the old inode goes quiet. `fileName` may be null on some OSes.
   */
  watchFolder(folder: string, onEvent: (fileName: string | null) => void): { close(): void };
  /** The file's signature, or `null` when it no longer exists. */
  signatureOf(path: string): Promise<FileSignature | null>;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface FileWatcher {
  /** Starts watching `path` (stops watching the previous one) and reports changes by others. */
  watch(path: string, onChange: (change: FileChange) => void): Promise<void>;
  /**
   * Runs our own save: checks wait until it is done, then the file as written becomes the new
   * baseline, so our own write is never reported as a change on disk.
   */
  ownWrite<T>(write: () => Promise<T>): Promise<T>;
  readonly watchedPath: string | null;
  close(): void;
}

const sameSignature = (a: FileSignature | null, b: FileSignature | null): boolean =>
  a === b || (a !== null && b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size);

export const createFileWatcher = (deps: FileWatchDependencies): FileWatcher => {
  let current: {
    readonly path: string;
    readonly onChange: (change: FileChange) => void;
    readonly folderWatch: { close(): void };
    baseline: FileSignature | null;
  } | null = null;
  let timer: unknown = null;
  let ownWritesInFlight = 0;

  const compare = async (): Promise<void> => {
    timer = null;
    const watched = current;
    if (watched === null || ownWritesInFlight > 0) return;
    const now = await deps.signatureOf(watched.path);
    // The watch may have moved on (or our own save started) while we were reading.
    if (watched !== current || ownWritesInFlight > 0) return;
    if (sameSignature(now, watched.baseline)) return;
    watched.baseline = now;
    watched.onChange(
      now === null
        ? { path: watched.path, kind: 'deleted', mtimeMs: null }
        : { path: watched.path, kind: 'changed', mtimeMs: now.mtimeMs },
    );
  };

  const schedule = (): void => {
    if (timer !== null) deps.clearTimer(timer);
    timer = deps.setTimer(() => void compare(), FILE_WATCH_DEBOUNCE_MS);
  };

  const stop = (): void => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    current?.folderWatch.close();
    current = null;
  };

  return {
    async watch(path, onChange) {
      stop();
      const name = basename(path);
      const folderWatch = deps.watchFolder(dirname(path), (fileName) => {
        if (fileName === null || fileName === name) schedule();
      });
      const watched = { path, onChange, folderWatch, baseline: null as FileSignature | null };
      current = watched;
      watched.baseline = await deps.signatureOf(path);
    },
    async ownWrite(write) {
      ownWritesInFlight += 1;
      try {
        return await write();
      } finally {
        const watched = current;
        const after = watched === null ? null : await deps.signatureOf(watched.path);
        if (watched !== null && watched === current) watched.baseline = after;
        ownWritesInFlight -= 1;
      }
    },
    get watchedPath() {
      return current?.path ?? null;
    },
    close: stop,
  };
};
