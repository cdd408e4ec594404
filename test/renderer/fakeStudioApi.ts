import type {
  DocumentState,
  FileChange,
  FileResult,
  AppCommandId,
  OpenedFile,
  PrintToPdfRequest,
  RecentDocument,
  SaveMapRequest,
  SaveResult,
  StudioApi,
} from '../../shared/ipc/contract';

/**
 * A StudioApi the test drives: it answers the open dialog with queued results (a cancelled dialog
 * when none is queued), counts how often the dialog was asked for, and lets the test play the native
 * menu and the OS.
 */
export class FakeStudioApi implements StudioApi {
  /** Tests of Electron-only paths set `'electron'`. */
  platform: 'electron' | 'web' = 'web';
  openDialogCalls = 0;
  readonly externalUrls: string[] = [];
  readonly #dialogResults: (FileResult<OpenedFile> | Error)[] = [];
  readonly #menuListeners = new Set<(command: AppCommandId) => void>();
  readonly #fileListeners = new Set<(file: FileResult<OpenedFile>) => void>();

  /** The next open dialog resolves with this file. */
  pickFile(name: string, bytes: Uint8Array): this {
    this.#dialogResults.push({ ok: true, value: { name, path: null, bytes } });
    return this;
  }

  /** The next open dialog resolves with this outcome. */
  answerDialog(result: FileResult<OpenedFile>): this {
    this.#dialogResults.push(result);
    return this;
  }

  /** The next open dialog fails the way a broken IPC channel would: the promise rejects. */
  breakDialog(error: Error): this {
    this.#dialogResults.push(error);
    return this;
  }

  openMapDialog(): Promise<FileResult<OpenedFile>> {
    this.openDialogCalls += 1;
    const next = this.#dialogResults.shift() ?? { ok: false, error: { kind: 'cancelled' } };
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  }

  onMenuCommand(listener: (command: AppCommandId) => void): () => void {
    this.#menuListeners.add(listener);
    return () => this.#menuListeners.delete(listener);
  }

  onOpenFile(listener: (file: FileResult<OpenedFile>) => void): () => void {
    this.#fileListeners.add(listener);
    return () => this.#fileListeners.delete(listener);
  }

  openExternal(url: string): Promise<boolean> {
    this.externalUrls.push(url);
    return Promise.resolve(true);
  }

  emitMenuCommand(command: AppCommandId): void {
    for (const listener of this.#menuListeners) listener(command);
  }

  emitOpenFile(file: FileResult<OpenedFile>): void {
    for (const listener of this.#fileListeners) listener(file);
  }

  get menuListenerCount(): number {
    return this.#menuListeners.size;
  }

  // ---- Files that never lose work: records saves and document states; nothing recent, nothing watched.
  readonly saveRequests: SaveMapRequest[] = [];
  readonly documentStates: DocumentState[] = [];

  saveMap(request: SaveMapRequest): Promise<SaveResult> {
    this.saveRequests.push(request);
    return Promise.resolve({ ok: true, value: { name: request.suggestedName, path: null, mtimeMs: null } });
  }

  listRecent(): Promise<readonly RecentDocument[]> {
    return Promise.resolve([]);
  }

  removeRecent(_path: string): Promise<readonly RecentDocument[]> {
    return Promise.resolve([]);
  }

  openRecent(_path: string): Promise<FileResult<OpenedFile>> {
    return Promise.resolve({ ok: false, error: { kind: 'cancelled' } });
  }

  watchFile(): Promise<boolean> {
    return Promise.resolve(false);
  }

  onFileChanged(_listener: (change: FileChange) => void): () => void {
    return () => undefined;
  }

  setDocumentState(state: DocumentState): Promise<void> {
    this.documentStates.push(state);
    return Promise.resolve();
  }

  confirmClose(): Promise<void> {
    return Promise.resolve();
  }

  newWindow(): Promise<void> {
    return Promise.resolve();
  }

  // ---- Printing: records each request, with whether the print root was mounted at the time.
  readonly printRequests: { request: PrintToPdfRequest; printRootText: string | null }[] = [];
  /** The next print resolves with this outcome (else ok with the suggested name). */
  nextPrintResult: FileResult<{ readonly name: string }> | null = null;

  printToPdf(request: PrintToPdfRequest): Promise<FileResult<{ readonly name: string }>> {
    const root = document.querySelector('.print-root');
    this.printRequests.push({ request, printRootText: root === null ? null : root.textContent });
    const result = this.nextPrintResult ?? { ok: true as const, value: { name: request.suggestedName } };
    this.nextPrintResult = null;
    return Promise.resolve(result);
  }
}
