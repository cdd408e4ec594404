import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveMapFile, type SaveFileSystem } from '../../electron/main/files';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';

let folder: string;
let target: string;
const original = '{"map":"as read"}\n';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'journey-save-'));
  target = join(folder, 'journey.cxmap');
  await writeFile(target, original);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const mtimeOf = async (path: string): Promise<number> => (await stat(path)).mtimeMs;
const request = (overrides: Partial<Parameters<typeof saveMapFile>[1]> = {}) => ({
  path: target,
  text: '{"map":"edited"}\n',
  expectedMtimeMs: null,
  overwriteChanged: false,
  ...overrides,
});

/** Node's fs whose `open` fails the way the OS reports `code`. */
const openFailsWith = (code: string): SaveFileSystem => ({
  ...nodeFs,
  stat: (path) => nodeFs.stat(path),
  open: () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code })),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (path, options) => nodeFs.rm(path, options),
});

describe('saveMapFile', () => {
  it('writes the text and answers the new mtime to pass on the next save', async () => {
    const expected = await mtimeOf(target);
    const result = await saveMapFile(nodeFs, request({ expectedMtimeMs: expected }));
    expect(await readFile(target, 'utf8')).toBe('{"map":"edited"}\n');
    expect(result).toEqual({
      ok: true,
      value: { name: 'journey.cxmap', path: target, mtimeMs: await mtimeOf(target) },
    });
  });

  it('refuses with changed-on-disk when someone else saved since we read, and keeps their file', async () => {
    const whenWeRead = await mtimeOf(target);
    await writeFile(target, '{"map":"a colleague’s version"}\n');
    await utimes(target, new Date(), new Date(Date.now() + 5_000));
    const result = await saveMapFile(nodeFs, request({ expectedMtimeMs: whenWeRead }));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'changed-on-disk', path: target, mtimeMs: await mtimeOf(target) },
    });
    expect(await readFile(target, 'utf8')).toBe('{"map":"a colleague’s version"}\n');
  });

  it('overwrites a changed file when the user chose to', async () => {
    await utimes(target, new Date(), new Date(Date.now() + 5_000));
    const result = await saveMapFile(nodeFs, request({ expectedMtimeMs: 1, overwriteChanged: true }));
    expect(result.ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('{"map":"edited"}\n');
  });

  it('warns the second of two windows saving the same file', async () => {
    const bothRead = await mtimeOf(target);
    const first = await saveMapFile(nodeFs, request({ text: 'first window', expectedMtimeMs: bothRead }));
    expect(first.ok).toBe(true);
    await utimes(target, new Date(), new Date(bothRead + 2_000));
    const second = await saveMapFile(nodeFs, request({ text: 'second window', expectedMtimeMs: bothRead }));
    expect(second).toMatchObject({ ok: false, error: { kind: 'changed-on-disk' } });
    expect(await readFile(target, 'utf8')).toBe('first window');
  });

  it('recreates a file deleted since it was read', async () => {
    const whenWeRead = await mtimeOf(target);
    await rm(target);
    expect((await saveMapFile(nodeFs, request({ expectedMtimeMs: whenWeRead }))).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('{"map":"edited"}\n');
  });

  it.each([
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'permission-denied'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
  ])('reports %s as %s and leaves the original intact', async (code, kind) => {
    const result = await saveMapFile(openFailsWith(code), request());
    expect(result).toEqual({ ok: false, error: { kind, path: target } });
    expect(await readFile(target, 'utf8')).toBe(original);
    expect(await readdir(folder)).toEqual(['journey.cxmap']);
  });

  it('refuses a map over 50 MB without touching the disk', async () => {
    const fs = { stat: vi.fn(), open: vi.fn(), rename: vi.fn(), rm: vi.fn() };
    const result = await saveMapFile(fs, request({ text: 'x'.repeat(MAX_FILE_BYTES + 1) }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', bytes: MAX_FILE_BYTES + 1 } });
    expect(fs.open).not.toHaveBeenCalled();
  });

  it.each([
    ['a relative path', 'maps/journey.cxmap'],
    ['a program', '/usr/local/bin/journey.exe'],
    ['a dotfile', '/home/me/.bashrc'],
    ['no extension', '/home/me/journey'],
    ['a NUL byte', '/home/me/journey.cxmap\0.sh'],
    ['a number', 42],
  ])('refuses %s as a place to write', async (_label, path) => {
    const fs = { stat: vi.fn(), open: vi.fn(), rename: vi.fn(), rm: vi.fn() };
    const result = await saveMapFile(fs, request({ path: path as string }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(fs.open).not.toHaveBeenCalled();
  });

  it('accepts .json as well as .cxmap', async () => {
    const asJson = join(folder, 'journey.JSON');
    expect((await saveMapFile(nodeFs, request({ path: asJson }))).ok).toBe(true);
  });
});
