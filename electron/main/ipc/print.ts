import type { FileResult, PdfPageSize, PrintToPdfRequest } from '../../../shared/ipc/contract';
import { PDF_PAGE_SIZES, PRINT_IPC_CHANNELS } from '../../../shared/ipc/contract';
import type { AtomicWriteFileSystem } from '../atomic-write';
import { writeFileAtomically } from '../atomic-write';
import { fileErrorFromException } from '../files';
import type { SaveDialogRequest } from './files';
import type { InvokeEvent, TrustedInvokeHandler } from './trusted-handlers';

/** What `webContents.printToPDF` is asked for: the page's own `@page` size wins (the poster's is custom). */
export interface PdfPrintOptions {
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
  readonly printBackground: true;
  readonly preferCSSPageSize: true;
}

export interface PrintHandlerDependencies {
  /** `event.sender.printToPDF(options)`: renders the sender's page (its mounted print root) as PDF. */
  printToPdf(sender: InvokeEvent['sender'], options: PdfPrintOptions): Promise<Uint8Array>;
  showSaveDialog(
    sender: InvokeEvent['sender'],
    request: SaveDialogRequest,
  ): Promise<{ readonly canceled: boolean; readonly filePath?: string }>;
  readonly fs: AtomicWriteFileSystem;
}

const MAX_NAME_LENGTH = 200;

const refused = (reason: string): FileResult<never> => ({
  ok: false,
  error: { kind: 'invalid-request', reason },
});

/** "Grocery journey storyboard.pdf" from what the renderer proposes: no folders, no controls, `.pdf`. */
export const pdfFileName = (value: string): string => {
  const cleaned = Array.from(value, (character) =>
    (character.codePointAt(0) ?? 0) < 0x20 || '/\\:*?"<>|'.includes(character) ? ' ' : character,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, MAX_NAME_LENGTH);
  const name = cleaned.length === 0 ? 'Journey storyboard' : cleaned;
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
};

const parseRequest = (value: unknown): PrintToPdfRequest | string => {
  if (typeof value !== 'object' || value === null) return 'printToPdf takes one request object';
  const { suggestedName, pageSize, landscape } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string') return 'the suggested name is not text';
  if (!(PDF_PAGE_SIZES as readonly unknown[]).includes(pageSize)) return 'the page size is not A4 or Letter';
  if (typeof landscape !== 'boolean') return 'landscape is not a boolean';
  return { suggestedName, pageSize: pageSize as PdfPageSize, landscape };
};

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * `printToPdf(request)`: prints the sender's own page, then asks where to save it and writes it
 * atomically. Main never learns a path from the renderer; it only learns paper and a name to propose.
 * Rendering comes first so a page that cannot be printed fails before the user picks a file.
 */
export const createPrintToPdfHandler = (
  deps: PrintHandlerDependencies,
): TrustedInvokeHandler<FileResult<{ readonly name: string }>> => ({
  channel: PRINT_IPC_CHANNELS.printToPdf,
  refuse: refused,
  async handle(args, event) {
    if (args.length !== 1) return refused('printToPdf takes one request');
    const request = parseRequest(args[0]);
    if (typeof request === 'string') return refused(request);
    const name = pdfFileName(request.suggestedName);
    let bytes: Uint8Array;
    try {
      bytes = await deps.printToPdf(event.sender, {
        pageSize: request.pageSize,
        landscape: request.landscape,
        printBackground: true,
        preferCSSPageSize: true,
      });
    } catch (error) {
      return {
        ok: false,
        error: { kind: 'io', path: name, message: error instanceof Error ? error.message : String(error) },
      };
    }
    const choice = await deps.showSaveDialog(event.sender, {
      title: 'Export PDF',
      defaultPath: name,
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
      return { ok: false, error: { kind: 'cancelled' } };
    // Some Linux dialogs do not add the filter's extension.
    const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
    try {
      await writeFileAtomically(deps.fs, path, bytes);
    } catch (error) {
      return { ok: false, error: fileErrorFromException(error, path) };
    }
    return { ok: true, value: { name: baseName(path) } };
  },
});
