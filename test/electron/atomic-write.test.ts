import * as nodeFs from 'node:fs/promises';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFileSystem } from '../../electron/main/atomic-write';

let folder: string;
let target: string;
const original = '{"format":"cxmap","version":1,"map":"the user’s work"}\n';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'journey-atomic-'));
  target = join(folder, 'journey.cxmap');
  await writeFile(target, original);
});

afterEach(async () => {
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

const oserror = (code: string): Error => Object.assign(new Error(`${code}: simulated`), { code });
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Node's fs with one step replaced by a failure, to play a disk that fails half-way. */
const failingAt = (step: 'open' | 'write' | 'sync' | 'rename', code: string): AtomicWriteFileSystem => ({
  async open(path, flags) {
    if (step === 'open') throw oserror(code);
    const handle = await nodeFs.open(path, flags);
    return {
      writeFile: async (data) => {
        // Half the bytes reach the temp file before the disk gives up, as with a real ENOSPC.
        if (step === 'write') {
          await handle.writeFile(data.subarray(0, data.byteLength / 2));
          throw oserror(code);
        }
        await handle.writeFile(data);
      },
      sync: async () => {
        if (step === 'sync') throw oserror(code);
        await handle.sync();
      },
      close: () => handle.close(),
    };
  },
  rename: (from, to) => (step === 'rename' ? Promise.reject(oserror(code)) : nodeFs.rename(from, to)),
  rm: (path, options) => nodeFs.rm(path, options),
});

describe('writeFileAtomically', () => {
  it('replaces the file with the new bytes and leaves nothing else behind', async () => {
    await writeFileAtomically(nodeFs, target, bytes('new map'));
    expect(await readFile(target, 'utf8')).toBe('new map');
    expect(await readdir(folder)).toEqual(['journey.cxmap']);
  });

  it('creates a file that did not exist yet', async () => {
    const fresh = join(folder, 'fresh.cxmap');
    await writeFileAtomically(nodeFs, fresh, bytes('first save'));
    expect(await readFile(fresh, 'utf8')).toBe('first save');
  });

  it.each([
    // A read-only folder: the temp file cannot even be created (chmod does not bind root, so injected).
    ['open', 'EACCES'],
    ['open', 'EROFS'],
    ['write', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EXDEV'],
  ] as const)(
    'when %s fails with %s, the original stays byte-identical and the temp file is gone',
    async (step, code) => {
      await expect(
        writeFileAtomically(failingAt(step, code), target, bytes('half written')),
      ).rejects.toMatchObject({
        code,
      });
      expect(await readFile(target, 'utf8')).toBe(original);
      expect(await readdir(folder)).toEqual(['journey.cxmap']);
    },
  );
});
