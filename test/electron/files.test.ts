import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileSystem } from '../../electron/main/files';
import {
  fileErrorFromException,
  MAX_PATH_LENGTH,
  readFileForOs,
  readMapFile,
} from '../../electron/main/files';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const ownFixture = join(repoRoot, 'test/fixtures/electron/two-stage-map.cxmap');

let sandbox: string;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'journey-files-'));
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

/** A file system that fails every call with `code`, the way Node reports OS errors. */
const failingWith = (code: string): FileSystem => {
  const fail = (): Promise<never> => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }));
  return { stat: fail, readFile: fail };
};

/** Node's real fs, with `readFile` watched so a test can tell whether the bytes were ever read. */
const watchedNodeFs = () => {
  const readFile = vi.fn((path: string) => nodeFs.readFile(path));
  const fs: FileSystem = { stat: (path) => nodeFs.stat(path), readFile };
  return { fs, readFile };
};

describe('readMapFile', () => {
  it('reads a map whole, with its name, path and modification time, byte for byte', async () => {
    const result = await readMapFile(nodeFs, ownFixture);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'two-stage-map.cxmap',
        path: ownFixture,
        bytes: new Uint8Array(readFileSync(ownFixture)),
        mtimeMs: statSync(ownFixture).mtimeMs,
      },
    });
  });

  it('hands back a plain Uint8Array that owns exactly the file bytes', async () => {
    const result = await readMapFile(nodeFs, ownFixture);
    if (!result.ok) throw new Error('expected the fixture to be read');
    expect(result.value.bytes.constructor).toBe(Uint8Array);
    expect(result.value.bytes.buffer.byteLength).toBe(readFileSync(ownFixture).byteLength);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const huge = join(sandbox, 'huge.cxmap');
    await writeFile(huge, '');
    // Sparse: 50 MB + 1 byte on paper, nothing on disk.
    await truncate(huge, MAX_FILE_BYTES + 1);
    const { fs, readFile } = watchedNodeFs();
    await expect(readMapFile(fs, huge)).resolves.toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES, path: huge },
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 50 MB', async () => {
    const fs: FileSystem = {
      stat: () => Promise.resolve({ size: MAX_FILE_BYTES, mtimeMs: 1, isFile: () => true, isDirectory: () => false }),
      readFile: () => Promise.resolve(new Uint8Array(MAX_FILE_BYTES)),
    };
    const result = await readMapFile(fs, '/maps/limit.cxmap');
    expect(result.ok && result.value.bytes.byteLength).toBe(MAX_FILE_BYTES);
  });

  it('refuses a file that grew past the limit between the size check and the read', async () => {
    const fs: FileSystem = {
      stat: () => Promise.resolve({ size: 10, mtimeMs: 1, isFile: () => true, isDirectory: () => false }),
      readFile: () => Promise.resolve(new Uint8Array(MAX_FILE_BYTES + 10)),
    };
    await expect(readMapFile(fs, '/maps/growing.cxmap')).resolves.toMatchObject({
      ok: false,
      error: { kind: 'too-large', bytes: MAX_FILE_BYTES + 10, path: '/maps/growing.cxmap' },
    });
  });

  it('refuses a folder without reading it', async () => {
    const folder = join(sandbox, 'folder.cxmap');
    await mkdir(folder, { recursive: true });
    const { fs, readFile } = watchedNodeFs();
    await expect(readMapFile(fs, folder)).resolves.toEqual({
      ok: false,
      error: { kind: 'is-directory', path: folder },
    });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a device or pipe, which could block forever', async () => {
    const { fs, readFile } = watchedNodeFs();
    const result = await readMapFile(fs, '/dev/zero');
    expect(result).toMatchObject({ ok: false, error: { kind: 'io', path: '/dev/zero' } });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reports a missing file as not found', async () => {
    const missing = join(sandbox, 'gone.cxmap');
    await expect(readMapFile(nodeFs, missing)).resolves.toEqual({
      ok: false,
      error: { kind: 'not-found', path: missing },
    });
  });

  it.each([
    ['ENOENT', 'not-found'],
    ['ENOTDIR', 'not-found'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EISDIR', 'is-directory'],
    ['EIO', 'io'],
    ['EMFILE', 'io'],
  ])('maps %s to %s', async (code, kind) => {
    const result = await readMapFile(failingWith(code), '/maps/journey.cxmap');
    expect(result).toMatchObject({ ok: false, error: { kind, path: '/maps/journey.cxmap' } });
  });

  it('keeps the OS message of an unexpected error for the report', () => {
    expect(fileErrorFromException(new Error('EIO: i/o error, read'), '/m.cxmap')).toEqual({
      kind: 'io',
      path: '/m.cxmap',
      message: 'EIO: i/o error, read',
    });
    expect(fileErrorFromException('a string was thrown', '/m.cxmap')).toMatchObject({ kind: 'io' });
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object', { path: '/maps/a.cxmap' }],
    ['an empty string', ''],
    ['a relative path', 'maps/a.cxmap'],
    ['a traversal', '../../etc/passwd'],
    ['a NUL byte', '/maps/a.cxmap\0.png'],
    ['a huge string', `/${'a'.repeat(MAX_PATH_LENGTH)}`],
  ])('refuses %s as a path without touching the disk', async (_label, path) => {
    const stat = vi.fn();
    const readFile = vi.fn();
    const result = await readMapFile({ stat, readFile }, path);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(stat).not.toHaveBeenCalled();
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('readFileForOs', () => {
  it('reads with the real file system by default', async () => {
    const result = await readFileForOs(ownFixture);
    expect(result.ok && result.value.name).toBe('two-stage-map.cxmap');
  });
});

// Main does not parse maps: it must hand every file, valid or hostile, to the renderer unchanged.
const sharedFixtures = resolve(repoRoot, '../shared/fixtures');
const sharedMapFiles = ['maps', 'hostile'].flatMap((folder) => {
  const dir = join(sharedFixtures, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cxmap'))
    .map((name) => join(dir, name));
});

// Runs where the team's shared fixtures sit beside the repo (CI); a bare clone has none to run.
describe.runIf(existsSync(sharedFixtures))('shared fixtures reach the renderer unchanged', () => {
  it.each(sharedMapFiles)('%s', async (path) => {
    const result = await readFileForOs(path);
    expect(result.ok && Buffer.from(result.value.bytes).equals(readFileSync(path))).toBe(true);
  });
});
