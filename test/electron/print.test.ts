import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { createPrintToPdfHandler, pdfFileName } from '../../electron/main/ipc/print';
import type { PrintHandlerDependencies } from '../../electron/main/ipc/print';
import { registerTrustedHandlers } from '../../electron/main/ipc/trusted-handlers';
import { PRINT_IPC_CHANNELS } from '../../shared/ipc/contract';
import { invokeEventFrom, ipcMain, resetFakeElectron } from './fake-electron';

const PDF_BYTES = new TextEncoder().encode('%PDF-1.4 storyboard');
const sender = { id: 'window-one' };
const event = invokeEventFrom(APP_ENTRY_URL, sender);
const foreignEvent = invokeEventFrom('https://evil.example/', sender);
const request = { suggestedName: 'Grocery journey storyboard.pdf', pageSize: 'A4', landscape: true };

let folder: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'journey-print-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const setUp = (overrides: Partial<PrintHandlerDependencies> = {}, savePath: string | null = null) => {
  const deps = {
    printToPdf: vi.fn<PrintHandlerDependencies['printToPdf']>(() => Promise.resolve(PDF_BYTES)),
    showSaveDialog: vi.fn<PrintHandlerDependencies['showSaveDialog']>(() =>
      Promise.resolve(savePath === null ? { canceled: true } : { canceled: false, filePath: savePath }),
    ),
    fs: nodeFs,
    ...overrides,
  };
  registerTrustedHandlers(ipcMain, [createPrintToPdfHandler(deps)], { devServerUrl: null });
  return deps;
};

describe('printToPdf in main', () => {
  it('prints the sender’s page with the page’s own size and writes it where the user chose', async () => {
    const target = join(folder, 'board.pdf');
    const deps = setUp({}, target);
    const result = await ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, request);
    expect(result).toEqual({ ok: true, value: { name: 'board.pdf' } });
    expect(deps.printToPdf).toHaveBeenCalledWith(sender, {
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      sender,
      expect.objectContaining({ defaultPath: 'Grocery journey storyboard.pdf' }),
    );
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.4 storyboard');
    // The atomic write leaves no temporary sibling behind.
    expect(await readdir(folder)).toEqual(['board.pdf']);
  });

  it('adds .pdf when the dialog left it off', async () => {
    setUp({}, join(folder, 'board'));
    const result = await ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, request);
    expect(result).toEqual({ ok: true, value: { name: 'board.pdf' } });
    expect(await readdir(folder)).toEqual(['board.pdf']);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    setUp({}, null);
    const result = await ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, request);
    expect(result).toEqual({ ok: false, error: { kind: 'cancelled' } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('says why when the page cannot be printed, before asking for a file', async () => {
    const deps = setUp(
      { printToPdf: () => Promise.reject(new Error('renderer crashed')) },
      join(folder, 'x.pdf'),
    );
    const result = await ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, request);
    expect(result).toMatchObject({ ok: false, error: { kind: 'io', message: 'renderer crashed' } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('says why when the file cannot be written', async () => {
    setUp({}, join(folder, 'missing-folder', 'board.pdf'));
    const result = await ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, request);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('refuses pages that are not ours and malformed requests, without printing', async () => {
    const deps = setUp({}, join(folder, 'board.pdf'));
    const refusals = await Promise.all([
      ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, foreignEvent, request),
      ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event),
      ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, { ...request, pageSize: 'A0' }),
      ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, { ...request, landscape: 'yes' }),
      ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, { ...request, suggestedName: 42 }),
      ipcMain.invoke(PRINT_IPC_CHANNELS.printToPdf, event, request, 'extra'),
    ]);
    for (const refusal of refusals)
      expect(refusal).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(deps.printToPdf).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('pdfFileName', () => {
  it('keeps the title readable, strips folders and controls, and ends in .pdf', () => {
    expect(pdfFileName('Grocery journey storyboard')).toBe('Grocery journey storyboard.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(pdfFileName('a\u0000b<script>.PDF')).toBe('a b script .PDF');
    expect(pdfFileName('   ')).toBe('Journey storyboard.pdf');
    expect(pdfFileName('顧客旅程 Плащане')).toBe('顧客旅程 Плащане.pdf');
  });
});
