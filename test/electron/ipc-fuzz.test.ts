/**
 * IPC fuzzing: every channel the real main process registers is called with hostile argument lists,
 * from our own page and from a foreign one. Each call must resolve to that channel's clean refusal
 * (nothing thrown across IPC), touch no file but the ones main keeps for itself and the one the user
 * picked in a dialog, open nothing, and leave `Object.prototype` alone.
 *
 * The fs modules main uses are wrapped in spies that record every path they are handed.
 */
import type * as NodeFsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { MAX_TITLE_LENGTH } from '../../electron/main/document-windows';
import {
  CAPTURE_IPC_CHANNELS,
  FILE_IPC_CHANNELS,
  IPC_CHANNELS,
  PRINT_IPC_CHANNELS,
} from '../../shared/ipc/contract';
import {
  app,
  dialog,
  FakeBrowserWindow,
  invokeEventFrom,
  ipcMain,
  resetFakeElectron,
  shell,
  type FakeInvokeEvent,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// The test's own file work goes around the spies.
const { mkdtemp, readFile, rm, writeFile } = await vi.importActual<typeof NodeFsPromises>('node:fs/promises');

/** Every fs call main makes, by function name and the paths among its arguments; hoisted with the mocks. */
const { fsCalls, spyOnFsModule } = vi.hoisted(() => {
  const calls: { fn: string; paths: string[] }[] = [];
  const spyOn = (real: Record<string, unknown>): Record<string, unknown> => {
    const wrapped: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(real)) {
      wrapped[name] =
        typeof value === 'function' && /^[a-z]/.test(name)
          ? (...args: unknown[]) => {
              // The path arguments: the first, and the second of the two-path calls.
              const twoPaths = ['rename', 'copyFile', 'cp', 'link', 'symlink'].includes(name);
              const paths = args
                .slice(0, twoPaths ? 2 : 1)
                .map((arg) =>
                  arg instanceof URL ? arg.pathname : Buffer.isBuffer(arg) ? arg.toString() : arg,
                )
                .filter((arg): arg is string => typeof arg === 'string');
              calls.push({ fn: name, paths });
              return (value as (...received: unknown[]) => unknown)(...args);
            }
          : value;
    }
    return { ...wrapped, default: wrapped };
  };
  return { fsCalls: calls, spyOnFsModule: spyOn };
});

vi.mock('node:fs/promises', async (importOriginal) =>
  spyOnFsModule(await importOriginal<Record<string, unknown>>()),
);
vi.mock('node:fs', async (importOriginal) => spyOnFsModule(await importOriginal<Record<string, unknown>>()));

let sandbox: string;
let userData: string;
let chosenPath: string;
let otherPath: string;
const MAP_TEXT = '{"format":"cxmap","version":1,"map":{}}';

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'journey-ipc-fuzz-'));
  userData = join(sandbox, 'user-data');
  chosenPath = join(sandbox, 'chosen.cxmap');
  otherPath = join(sandbox, 'never chosen.cxmap');
  await writeFile(chosenPath, MAP_TEXT);
  await writeFile(otherPath, MAP_TEXT);
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

const registrationSpies = { on: vi.fn(), once: vi.fn(), handleOnce: vi.fn(), addListener: vi.fn() };
const showSaveDialog = vi.fn();
const titles: string[] = [];

beforeEach(() => {
  resetFakeElectron();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  fsCalls.length = 0;
  titles.length = 0;
  for (const spy of Object.values(registrationSpies)) spy.mockReset();
  // Parts of Electron the shared fake leaves out, which main reaches while handling files.
  Object.assign(ipcMain, registrationSpies);
  Object.assign(app, { getPath: () => userData, addRecentDocument: vi.fn() });
  showSaveDialog.mockReset();
  showSaveDialog.mockResolvedValue({ canceled: true });
  Object.assign(dialog, {
    showSaveDialog,
    showMessageBox: vi.fn(() => Promise.resolve({ response: 2 })),
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

const startMain = async (): Promise<FakeBrowserWindow> => {
  vi.resetModules();
  await import('../../electron/main/index');
  await app.becomeReady();
  const [window] = FakeBrowserWindow.getAllWindows();
  if (window === undefined) throw new Error('main opened no window');
  Object.assign(window, {
    setTitle: (title: string) => void titles.push(title),
    setDocumentEdited: () => undefined,
    setRepresentedFilename: () => undefined,
  });
  return window;
};

/** Nested arrays far deeper than any map; a naive recursive walk would overflow the stack. */
const deeplyNested = (): unknown => {
  let value: unknown = [];
  for (let depth = 0; depth < 100_000; depth += 1) value = [value];
  return value;
};

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const polluting = (): unknown => JSON.parse('{ "__proto__": { "polluted": true } }');

const HOSTILE_PATHS = [
  '../../etc/passwd',
  '/etc/passwd',
  'file:///etc/passwd',
  '\\\\server\\share\\x.cxmap',
  '//server/share/x.cxmap',
  'C:\\Windows\\win.ini',
  '/etc/passwd\0.cxmap',
  `/${'a/'.repeat(20_000)}x.cxmap`,
];

/**
 * Argument lists as a hostile page could send them. Everything here survives the structured clone
 * IPC uses; symbols and functions cannot cross IPC at all, so they are left out.
 */
const hostileArgumentLists = (): [string, unknown[]][] => [
  ['undefined', [undefined]],
  ['null twice', [null, null]],
  ['a number', [42]],
  ['NaN', [Number.NaN]],
  ['Infinity', [Number.POSITIVE_INFINITY]],
  ['a boolean', [true]],
  ['a bigint', [10n ** 30n]],
  ['an empty object', [{}]],
  ['an array', [['/etc/passwd']]],
  ['a 10 MB string', [TEN_MB]],
  ['a prototype-polluting object', [polluting()]],
  ['deeply nested arrays', [deeplyNested()]],
  ['a Date', [new Date(0)]],
  ['bytes', [new Uint8Array([47, 101, 116, 99])]],
  ...HOSTILE_PATHS.map((path): [string, unknown[]] => [
    `the path ${JSON.stringify(path.slice(0, 40))}`,
    [path],
  ]),
  ['two paths', ['/etc/passwd', chosenPath]],
  ...HOSTILE_PATHS.map((path): [string, unknown[]] => [
    `a save request for ${JSON.stringify(path.slice(0, 40))}`,
    [{ path, suggestedName: 'x', text: MAP_TEXT, expectedMtimeMs: null }],
  ]),
  [
    'a save request for a file the user never chose',
    [{ path: otherPath, suggestedName: 'x', text: MAP_TEXT, expectedMtimeMs: null, overwriteChanged: true }],
  ],
  [
    'a save request with a polluting body',
    [JSON.parse(`{ "__proto__": { "path": ${JSON.stringify(otherPath)}, "polluted": true }, "text": "{}" }`)],
  ],
  [
    'a save request with wrong types',
    [{ path: 42, suggestedName: {}, text: ['x'], expectedMtimeMs: Number.NaN, overwriteChanged: 'yes' }],
  ],
  ['a document state for /etc/passwd', [{ title: 'x', filePath: '/etc/passwd', dirty: true }]],
  ['a document state with a 10 MB title', [{ title: TEN_MB, filePath: null, dirty: false }]],
  ['a document state of wrong types', [{ title: 42, filePath: {}, dirty: 'yes' }]],
];

type Refusal = (answer: unknown) => boolean;

const isFailedResult =
  (...kinds: string[]): Refusal =>
  (answer) =>
    typeof answer === 'object' &&
    answer !== null &&
    (answer as { ok?: unknown }).ok === false &&
    kinds.includes((answer as { error?: { kind?: string } }).error?.kind ?? '');

/** What each channel answers when it turns a caller away; a channel missing here fails the test. */
const REFUSALS: Record<string, Refusal> = {
  [IPC_CHANNELS.openMapDialog]: isFailedResult('invalid-request'),
  [IPC_CHANNELS.openExternal]: (answer) => answer === false,
  // A save request with `path: null` asks the user (the dialog is cancelled here): also a refusal.
  [FILE_IPC_CHANNELS.saveMap]: isFailedResult('invalid-request', 'cancelled'),
  [FILE_IPC_CHANNELS.listRecent]: (answer) => Array.isArray(answer) && answer.length === 0,
  [FILE_IPC_CHANNELS.removeRecent]: (answer) => Array.isArray(answer) && answer.length === 0,
  [FILE_IPC_CHANNELS.openRecent]: isFailedResult('invalid-request'),
  [FILE_IPC_CHANNELS.watchFile]: (answer) => answer === false,
  [FILE_IPC_CHANNELS.setDocumentState]: (answer) => answer === undefined,
  [FILE_IPC_CHANNELS.confirmClose]: (answer) => answer === undefined,
  [FILE_IPC_CHANNELS.newWindow]: (answer) => answer === undefined,
  // A request that happens to be well-formed prints a window the fake does not have: an io failure.
  [PRINT_IPC_CHANNELS.printToPdf]: isFailedResult('invalid-request', 'io', 'cancelled'),
  // A well-formed export would open a capture window; none of these is one, so each is refused.
  [CAPTURE_IPC_CHANNELS.exportPng]: isFailedResult('invalid-request'),
  // Only the capture window an export opened gets a payload or may say "ready".
  [CAPTURE_IPC_CHANNELS.payload]: (answer) => answer === false,
  [CAPTURE_IPC_CHANNELS.ready]: (answer) => answer === false,
};

/** Paths main may touch on its own: its recent list in userData. */
const isOwnFile = (path: string): boolean => resolve(path).startsWith(`${userData}${sep}`);

const touchedPaths = (): string[] => fsCalls.flatMap((call) => call.paths);

describe('every IPC channel under hostile arguments', () => {
  it('registers its channels only through ipcMain.handle, where the sender check sits', async () => {
    await startMain();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(REFUSALS).sort());
    for (const [name, spy] of Object.entries(registrationSpies)) expect(spy, name).not.toHaveBeenCalled();
  });

  it.each([
    ['our page', APP_ENTRY_URL],
    ['a foreign page', 'https://evil.example/'],
  ])(
    'refuses each cleanly when sent from %s',
    async (_label, senderUrl) => {
      const window = await startMain();
      const event: FakeInvokeEvent = invokeEventFrom(senderUrl, window.webContents);
      const channels = [...ipcMain.handlers.keys()];
      const notRefused: string[] = [];
      for (const channel of channels) {
        const refusal = REFUSALS[channel];
        expect(refusal, `no refusal known for ${channel}`).toBeDefined();
        for (const [label, args] of hostileArgumentLists()) {
          // `await` here turns any rejection (a throw escaping the handler) into this test's failure.
          const answer = await ipcMain.invoke(channel, event, ...args);
          const refused = refusal?.(answer) === true;
          // The one accepted call: a huge title with no file is a valid state, shown capped (below).
          const isHugeTitle = channel === FILE_IPC_CHANNELS.setDocumentState && label.includes('10 MB title');
          if (!refused && !isHugeTitle) notRefused.push(`${channel} with ${label}`);
        }
      }
      expect(notRefused).toEqual([]);

      // No file outside main's own recent list was opened, read, written or even stat'ed.
      expect(touchedPaths().filter((path) => !isOwnFile(path))).toEqual([]);
      expect(await readFile(otherPath, 'utf8')).toBe(MAP_TEXT);
      // Nothing was opened, asked or spawned on the caller's behalf.
      expect(shell.openExternal).not.toHaveBeenCalled();
      expect(dialog.showOpenDialog).not.toHaveBeenCalled();
      expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
      expect(window.isDestroyed()).toBe(false);
      // A window title stays one short line whatever the page sent.
      for (const title of titles) expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 40);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    120_000,
  );

  it('lets a foreign page reach no dialog at all, even with well-formed arguments', async () => {
    const window = await startMain();
    const foreign = invokeEventFrom('https://evil.example/', window.webContents);
    await ipcMain.invoke(IPC_CHANNELS.openMapDialog, foreign);
    await ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, foreign, {
      path: null,
      suggestedName: 'x',
      text: MAP_TEXT,
      expectedMtimeMs: null,
    });
    await ipcMain.invoke(FILE_IPC_CHANNELS.newWindow, foreign);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('touches only the file the user picked, however the page names others', async () => {
    const window = await startMain();
    const ours = invokeEventFrom(APP_ENTRY_URL, window.webContents);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [chosenPath] });
    await expect(ipcMain.invoke(IPC_CHANNELS.openMapDialog, ours)).resolves.toMatchObject({ ok: true });
    fsCalls.length = 0;

    const save = (path: string) =>
      ipcMain.invoke(FILE_IPC_CHANNELS.saveMap, ours, {
        path,
        suggestedName: 'x',
        text: '{"saved":true}',
        expectedMtimeMs: null,
        overwriteChanged: true,
      });
    // The chosen file, named another way: through `..`, as a URL, on a share, with a NUL.
    for (const path of [
      join(sandbox, '..', '..', 'etc', 'passwd'),
      `file://${chosenPath}`,
      `\\\\server\\share\\chosen.cxmap`,
      `${chosenPath}\0.txt`,
      otherPath,
    ]) {
      await expect(save(path), path).resolves.toMatchObject({
        ok: false,
        error: { kind: 'invalid-request' },
      });
    }
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.openRecent, ours, otherPath)).resolves.toMatchObject({
      ok: false,
    });
    await expect(ipcMain.invoke(FILE_IPC_CHANNELS.watchFile, ours, otherPath)).resolves.toBe(false);
    expect(touchedPaths().filter((path) => !isOwnFile(path))).toEqual([]);

    // The control: the file the user picked is saved, and only it (and its temporary sibling).
    await expect(save(join(sandbox, '.', 'chosen.cxmap'))).resolves.toMatchObject({ ok: true });
    expect(await readFile(chosenPath, 'utf8')).toBe('{"saved":true}');
    expect(await readFile(otherPath, 'utf8')).toBe(MAP_TEXT);
    const outside = touchedPaths().filter((path) => !isOwnFile(path));
    expect(outside.length).toBeGreaterThan(0);
    const chosenOrItsTemporary = (path: string): boolean =>
      resolve(path) === chosenPath || resolve(path).startsWith(join(sandbox, '.chosen.cxmap.'));
    expect(outside.filter((path) => !chosenOrItsTemporary(path))).toEqual([]);
  });
});
