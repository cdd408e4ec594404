import * as nodeFs from 'node:fs/promises';
import { basename, extname, isAbsolute } from 'node:path';
import type { FileError, FileResult, OpenedFile, SaveResult, SavedFile } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES, WRITABLE_MAP_EXTENSIONS } from '../../shared/ipc/contract';
import { writeFileAtomically, type AtomicWriteFileSystem } from './atomic-write';

/**
 * The file-system calls main makes to read, in the shape of `node:fs/promises`, so the real module
 * can be passed as is and tests can pass a fake.
 */
export interface FileSystem {
  stat(path: string): Promise<{ readonly size: number; readonly mtimeMs: number; isFile(): boolean; isDirectory(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/** Long enough for Windows' extended-length paths; anything longer is not a path a user picked. */
export const MAX_PATH_LENGTH = 32_767;

const errnoOf = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Turns a Node error into the reason the user sees; unknown errors keep their message for the report. */
export const fileErrorFromException = (error: unknown, path: string): FileError => {
  switch (errnoOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'not-found', path };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { kind: 'permission-denied', path };
    case 'EISDIR':
      return { kind: 'is-directory', path };
    case 'ENOSPC':
    case 'EDQUOT':
      return { kind: 'disk-full', path };
    default:
      return { kind: 'io', path, message: messageOf(error) };
  }
};

/**
 * A plain Uint8Array that owns its whole buffer: IPC clones the entire underlying ArrayBuffer, so a
 * view into a larger (pooled) buffer would send bytes that are not the file's.
 */
const ownBytes = (contents: Uint8Array): Uint8Array =>
  contents.byteOffset === 0 && contents.byteLength === contents.buffer.byteLength
    ? new Uint8Array(contents.buffer, 0, contents.byteLength)
    : new Uint8Array(contents);

const failure = (error: FileError): FileResult<never> => ({ ok: false, error });

/** `value` as a path main may read, or why it is not one. */
export const checkPath = (value: unknown): { ok: true; path: string } | { ok: false; reason: string } => {
  if (typeof value !== 'string') return { ok: false, reason: 'the path is not text' };
  if (value.length === 0) return { ok: false, reason: 'the path is empty' };
  if (value.length > MAX_PATH_LENGTH) return { ok: false, reason: 'the path is too long' };
  if (value.includes('\0')) return { ok: false, reason: 'the path contains a NUL byte' };
  if (!isAbsolute(value)) return { ok: false, reason: 'the path is not absolute' };
  return { ok: true, path: value };
};

/**
 * Reads a whole `.cxmap` file. The size is checked before reading, so a 4 GB file is refused without
 * being loaded, and again after, in case the file grew in between. Never throws: every failure is a
 * `FileError` the renderer can word for the user.
 */
export const readMapFile = async (
  fs: FileSystem,
  requestedPath: unknown,
): Promise<FileResult<OpenedFile>> => {
  const checked = checkPath(requestedPath);
  if (!checked.ok) return failure({ kind: 'invalid-request', reason: checked.reason });
  const { path } = checked;
  try {
    const stats = await fs.stat(path);
    if (stats.isDirectory()) return failure({ kind: 'is-directory', path });
    // A FIFO or device would block or never end; only regular files are maps.
    if (!stats.isFile()) return failure({ kind: 'io', path, message: 'not a regular file' });
    if (stats.size > MAX_FILE_BYTES)
      return failure({ kind: 'too-large', bytes: stats.size, limit: MAX_FILE_BYTES, path });
    const contents = await fs.readFile(path);
    if (contents.byteLength > MAX_FILE_BYTES) {
      return failure({ kind: 'too-large', bytes: contents.byteLength, limit: MAX_FILE_BYTES, path });
    }
    return {
      ok: true,
      value: { name: basename(path), path, bytes: ownBytes(contents), mtimeMs: stats.mtimeMs },
    };
  } catch (error) {
    return failure(fileErrorFromException(error, path));
  }
};

/** What saving needs: the mtime to compare, and the atomic write's calls. */
export interface SaveFileSystem extends AtomicWriteFileSystem {
  stat(path: string): Promise<{ readonly size: number; readonly mtimeMs: number; isFile(): boolean }>;
}

/** `value` as a path main may write a map to: a checked path ending in `.cxmap` or `.json`. */
export const checkWritablePath = (value: unknown): ReturnType<typeof checkPath> => {
  const checked = checkPath(value);
  if (!checked.ok) return checked;
  const extension = extname(checked.path).slice(1).toLowerCase();
  if (!(WRITABLE_MAP_EXTENSIONS as readonly string[]).includes(extension))
    return { ok: false, reason: 'maps are saved as .cxmap or .json files' };
  return checked;
};

const isNotFound = (error: unknown): boolean => errnoOf(error) === 'ENOENT';

export interface SaveMapFileRequest {
  readonly path: string;
  readonly text: string;
  readonly expectedMtimeMs: number | null;
  readonly overwriteChanged: boolean;
}

/**
 * Saves a serialized map atomically. It never silently overwrites a newer file: when the file on
 * disk has another mtime than the one this window last read or wrote (someone else saved, or another
 * window did), the save is refused with `changed-on-disk` unless the user chose to overwrite.
 * Never throws.
 */
export const saveMapFile = async (fs: SaveFileSystem, request: SaveMapFileRequest): Promise<SaveResult> => {
  const checked = checkWritablePath(request.path);
  if (!checked.ok) return failure({ kind: 'invalid-request', reason: checked.reason });
  const { path } = checked;
  const bytes = new TextEncoder().encode(request.text);
  if (bytes.byteLength > MAX_FILE_BYTES)
    return failure({ kind: 'too-large', bytes: bytes.byteLength, limit: MAX_FILE_BYTES, path });
  try {
    if (request.expectedMtimeMs !== null && !request.overwriteChanged) {
      const current = await fs.stat(path).catch((error: unknown) => {
        // A file deleted since we read it is not newer work: saving recreates it.
        if (isNotFound(error)) return null;
        throw error;
      });
      if (current !== null && current.mtimeMs !== request.expectedMtimeMs)
        return { ok: false, error: { kind: 'changed-on-disk', path, mtimeMs: current.mtimeMs } };
    }
    await writeFileAtomically(fs, path, bytes);
    const written = await fs.stat(path);
    const saved: SavedFile = { name: basename(path), path, mtimeMs: written.mtimeMs };
    return { ok: true, value: saved };
  } catch (error) {
    return failure(fileErrorFromException(error, path));
  }
};

export const nodeFileSystem: FileSystem = nodeFs;
export const nodeSaveFileSystem: SaveFileSystem = nodeFs;

/** Reads a file the OS asked us to open (double-click, `open-file`, a second launch). */
export const readFileForOs = (
  path: string,
  fs: FileSystem = nodeFileSystem,
): Promise<FileResult<OpenedFile>> => readMapFile(fs, path);
