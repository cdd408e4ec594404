import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createOsFileInbox, mapPathFromArgv } from '../../electron/main/os-open-requests';
import type { FileResult, OpenedFile } from '../../shared/ipc/contract';

describe('mapPathFromArgv', () => {
  const cwd = resolve('/home/ana/maps');

  it('finds the .cxmap a double-click launched the app with', () => {
    expect(mapPathFromArgv(['/opt/Journey Studio/journey-studio', '/home/ana/Q3 review.cxmap'], cwd)).toBe(
      resolve('/home/ana/Q3 review.cxmap'),
    );
  });

  it('resolves a relative path against the launching working directory', () => {
    expect(mapPathFromArgv(['journey-studio', 'grocery.CXMAP'], cwd)).toBe(join(cwd, 'grocery.CXMAP'));
  });

  it('skips the executable, the app folder while developing, and Chromium flags', () => {
    expect(
      mapPathFromArgv(
        ['/usr/bin/electron', '.', '--allow-file-access-from-files', '--x=a.cxmap', 'a.cxmap'],
        cwd,
      ),
    ).toBe(join(cwd, 'a.cxmap'));
  });

  it('finds nothing when no map was named', () => {
    expect(mapPathFromArgv(['journey-studio'], cwd)).toBeNull();
    expect(mapPathFromArgv(['journey-studio', 'notes.txt', 'cxmap', 'map.cxmap.bak'], cwd)).toBeNull();
    expect(mapPathFromArgv(['/path/to/launched-from.cxmap'], cwd)).toBeNull();
  });
});

const opened = (path: string): FileResult<OpenedFile> => ({
  ok: true,
  value: { name: path, path, bytes: new TextEncoder().encode(path) },
});

const flush = async (): Promise<void> => {
  for (let round = 0; round < 10; round += 1) await new Promise((done) => setImmediate(done));
};

describe('the OS file inbox', () => {
  it('holds files until a renderer is attached, then delivers them in order', async () => {
    const inbox = createOsFileInbox((path) => Promise.resolve(opened(path)));
    inbox.receive('/a.cxmap');
    inbox.receive('/b.cxmap');
    await flush();
    const sink = vi.fn();
    inbox.attach(sink);
    expect(sink.mock.calls).toEqual([[opened('/a.cxmap')], [opened('/b.cxmap')]]);
  });

  it('delivers at once while attached, and keeps the OS order even when reads finish out of order', async () => {
    let releaseSlow: () => void = () => undefined;
    const slowRead = new Promise<void>((done) => {
      releaseSlow = done;
    });
    const inbox = createOsFileInbox(async (path) => {
      if (path === '/slow.cxmap') await slowRead;
      return opened(path);
    });
    const sink = vi.fn();
    inbox.attach(sink);
    inbox.receive('/slow.cxmap');
    inbox.receive('/fast.cxmap');
    await flush();
    expect(sink).not.toHaveBeenCalled();
    releaseSlow();
    await flush();
    expect(sink.mock.calls).toEqual([[opened('/slow.cxmap')], [opened('/fast.cxmap')]]);
  });

  it('holds files again after the window went away, for the next one', async () => {
    const inbox = createOsFileInbox((path) => Promise.resolve(opened(path)));
    const first = vi.fn();
    inbox.attach(first);
    inbox.detach();
    inbox.receive('/later.cxmap');
    await flush();
    expect(first).not.toHaveBeenCalled();
    const second = vi.fn();
    inbox.attach(second);
    expect(second).toHaveBeenCalledExactlyOnceWith(opened('/later.cxmap'));
  });

  it('delivers each file once, even when a renderer attaches twice (a reload)', async () => {
    const inbox = createOsFileInbox((path) => Promise.resolve(opened(path)));
    inbox.receive('/once.cxmap');
    await flush();
    const sink = vi.fn();
    inbox.attach(sink);
    inbox.attach(sink);
    expect(sink).toHaveBeenCalledTimes(1);
  });

  it('keeps going after a window refused a file', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const inbox = createOsFileInbox((path) => Promise.resolve(opened(path)));
    const sink = vi.fn((file: FileResult<OpenedFile>) => {
      if (file.ok && file.value.path === '/first.cxmap') throw new Error('Object has been destroyed');
    });
    inbox.attach(sink);
    inbox.receive('/first.cxmap');
    inbox.receive('/second.cxmap');
    await flush();
    expect(sink).toHaveBeenLastCalledWith(opened('/second.cxmap'));
    errors.mockRestore();
  });
});
