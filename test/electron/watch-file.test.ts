import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFileWatcher,
  FILE_WATCH_DEBOUNCE_MS,
  type FileSignature,
  type FileWatchDependencies,
} from '../../electron/main/file-watch';
import type { FileChange } from '../../shared/ipc/contract';

const PATH = '/maps/journey.cxmap';

/** A disk with one file whose signature the test sets, and a folder watch the test fires. */
const fakeDisk = () => {
  let signature: FileSignature | null = { mtimeMs: 1_000, size: 10 };
  const folderEvents: ((fileName: string | null) => void)[] = [];
  const closed = vi.fn();
  const deps: FileWatchDependencies = {
    watchFolder: (folder, onEvent) => {
      expect(folder).toBe('/maps');
      folderEvents.push(onEvent);
      return { close: closed };
    },
    signatureOf: () => Promise.resolve(signature),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  };
  return {
    deps,
    closed,
    set: (next: FileSignature | null) => {
      signature = next;
    },
    fire: (fileName: string | null = 'journey.cxmap') => folderEvents.at(-1)?.(fileName),
  };
};

const quietPeriod = () => vi.advanceTimersByTimeAsync(FILE_WATCH_DEBOUNCE_MS + 1);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the file watcher', () => {
  it('reports one change for a burst of events, after the burst is quiet', async () => {
    const disk = fakeDisk();
    const changes: FileChange[] = [];
    const watcher = createFileWatcher(disk.deps);
    await watcher.watch(PATH, (change) => changes.push(change));
    disk.set({ mtimeMs: 2_000, size: 12 });
    for (let event = 0; event < 5; event += 1) {
      disk.fire();
      await vi.advanceTimersByTimeAsync(FILE_WATCH_DEBOUNCE_MS / 2);
    }
    expect(changes).toEqual([]);
    await quietPeriod();
    expect(changes).toEqual([{ path: PATH, kind: 'changed', mtimeMs: 2_000 }]);
  });

  it('ignores events that leave the file as it was, and events for other files in the folder', async () => {
    const disk = fakeDisk();
    const onChange = vi.fn();
    const watcher = createFileWatcher(disk.deps);
    await watcher.watch(PATH, onChange);
    disk.fire();
    await quietPeriod();
    disk.set({ mtimeMs: 5_000, size: 99 });
    disk.fire('other.cxmap');
    await quietPeriod();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not report our own save', async () => {
    const disk = fakeDisk();
    const onChange = vi.fn();
    const watcher = createFileWatcher(disk.deps);
    await watcher.watch(PATH, onChange);
    await watcher.ownWrite(async () => {
      disk.set({ mtimeMs: 3_000, size: 20 });
      disk.fire();
    });
    await quietPeriod();
    expect(onChange).not.toHaveBeenCalled();
    // …but a change by someone else after it still is.
    disk.set({ mtimeMs: 4_000, size: 21 });
    disk.fire();
    await quietPeriod();
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ path: PATH, kind: 'changed', mtimeMs: 4_000 });
  });

  it('reports a deleted file once', async () => {
    const disk = fakeDisk();
    const onChange = vi.fn();
    const watcher = createFileWatcher(disk.deps);
    await watcher.watch(PATH, onChange);
    disk.set(null);
    disk.fire(null);
    await quietPeriod();
    disk.fire(null);
    await quietPeriod();
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ path: PATH, kind: 'deleted', mtimeMs: null });
  });

  it('stops watching on close', async () => {
    const disk = fakeDisk();
    const onChange = vi.fn();
    const watcher = createFileWatcher(disk.deps);
    await watcher.watch(PATH, onChange);
    disk.set({ mtimeMs: 2_000, size: 12 });
    disk.fire();
    watcher.close();
    await quietPeriod();
    expect(onChange).not.toHaveBeenCalled();
    expect(disk.closed).toHaveBeenCalledOnce();
    expect(watcher.watchedPath).toBeNull();
  });
});
