import type { FileResult, PdfPageSize, PrintToPdfRequest } from '../../../shared/ipc/contract';
import { PDF_PAGE_SIZES, PRINT_IPC_CHANNELS } from '../../../shared/ipc/contract';
import { exportFileName, saveExportedFile } from './export-file';
import type { ExportSaveDependencies } from './export-file';
import type { InvokeEvent, TrustedInvokeHandler } from './trusted-handlers';

/** What `webContents.printToPDF` is asked for: the page's own `@page` size wins (the poster's is custom). */
export interface PdfPrintOptions {
  readonly pageSize: PdfPageSize;
  readonly landscape: boolean;
  readonly printBackground: true;
  readonly preferCSSPageSize: true;
}

export interface PrintHandlerDependencies extends ExportSaveDependencies {
  /** `event.sender.printToPDF(options)`: renders the sender's page (its mounted print root) as PDF. */
  printToPdf(sender: InvokeEvent['sender'], options: PdfPrintOptions): Promise<Uint8Array>;
}

const EXPORT_KIND = { dialogTitle: 'Export PDF', typeName: 'PDF document', extension: 'pdf' } as const;

const refused = (reason: string): FileResult<never> => ({
  ok: false,
  error: { kind: 'invalid-request', reason },
});

/** "Grocery journey storyboard.pdf" from what the renderer proposes: no folders, no controls, `.pdf`. */
export const pdfFileName = (value: string): string => exportFileName(value, 'Journey storyboard', 'pdf');

const parseRequest = (value: unknown): PrintToPdfRequest | string => {
  if (typeof value !== 'object' || value === null) return 'printToPdf takes one request object';
  const { suggestedName, pageSize, landscape } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string') return 'the suggested name is not text';
  if (!(PDF_PAGE_SIZES as readonly unknown[]).includes(pageSize)) return 'the page size is not A4 or Letter';
  if (typeof landscape !== 'boolean') return 'landscape is not a boolean';
  return { suggestedName, pageSize: pageSize as PdfPageSize, landscape };
};

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
    return saveExportedFile(deps, event.sender, EXPORT_KIND, name, bytes);
  },
});
