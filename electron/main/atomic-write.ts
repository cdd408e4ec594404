import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The part of a `node:fs/promises` FileHandle an atomic write needs. */
export interface WritableFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls of an atomic write, in the shape of `node:fs/promises` (tests inject faults). */
export interface AtomicWriteFileSystem {
  open(path: string, flags: 'wx'): Promise<WritableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

/**
 * A hidden sibling of `target`: in the same folder so the final rename never crosses file systems
 * (a cross-device rename is a copy, which is not atomic), and random so two windows saving at once
 * never share one.
 */
export const temporarySiblingOf = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes `bytes` to `target` so that a reader (or a crash) sees either the old file or the new one,
 * never half of either: temp file, write, fsync, rename over the original. If any step fails the
 * original stays untouched, the temp file is removed and the error is rethrown for the caller to
 * word. ('wx' refuses to follow a planted symlink at the temp path.)
 */
export const writeFileAtomically = async (
  fs: AtomicWriteFileSystem,
  target: string,
  bytes: Uint8Array,
): Promise<void> => {
  const temporary = temporarySiblingOf(target);
  let handle: WritableFileHandle | null = null;
  try {
    handle = await fs.open(temporary, 'wx');
    await handle.writeFile(bytes);
    // Without fsync a power cut after the rename can leave a renamed but empty file.
    await handle.sync();
    const closing = handle;
    handle = null;
    await closing.close();
    await fs.rename(temporary, target);
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined);
    // Cleanup is best effort: the error the user needs to hear about is the original one.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
};
