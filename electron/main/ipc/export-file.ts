import type { FileResult } from '../../../shared/ipc/contract';
import type { AtomicWriteFileSystem } from '../atomic-write';
import { writeFileAtomically } from '../atomic-write';
import { fileErrorFromException } from '../files';
import type { SaveDialogRequest } from './files';
import type { InvokeEvent } from './trusted-handlers';

const MAX_NAME_LENGTH = 200;

/**
 * A file name from a name the renderer proposes: no folders, no control or reserved characters, no
 * leading dots, at most 200 characters; `fallback` when nothing is left.
 */
export const cleanFileName = (value: string, fallback: string): string => {
  const cleaned = Array.from(value, (character) =>
    (character.codePointAt(0) ?? 0) < 0x20 || '/\\:*?"<>|'.includes(character) ? ' ' : character,
  )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .slice(0, MAX_NAME_LENGTH);
  return cleaned.length === 0 ? fallback : cleaned;
};

/** "Grocery journey.png": a clean name that ends in the export's extension. */
export const exportFileName = (value: string, fallback: string, extension: string): string => {
  const name = cleanFileName(value, fallback);
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
};

export interface ExportSaveDependencies {
  showSaveDialog(
    sender: InvokeEvent['sender'],
    request: SaveDialogRequest,
  ): Promise<{ readonly canceled: boolean; readonly filePath?: string }>;
  readonly fs: AtomicWriteFileSystem;
}

export interface ExportFileKind {
  /** The save dialog's title, "Export PNG". */
  readonly dialogTitle: string;
  /** The filter's name, "PNG image". */
  readonly typeName: string;
  readonly extension: string;
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * Asks where to save an export the renderer could not write itself, then writes it atomically. The
 * path only ever comes from the dialog the user answered, never from the renderer.
 */
export async function saveExportedFile(
  deps: ExportSaveDependencies,
  sender: InvokeEvent['sender'],
  kind: ExportFileKind,
  name: string,
  bytes: Uint8Array,
): Promise<FileResult<{ readonly name: string }>> {
  const choice = await deps.showSaveDialog(sender, {
    title: kind.dialogTitle,
    defaultPath: name,
    filters: [{ name: kind.typeName, extensions: [kind.extension] }],
  });
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '')
    return { ok: false, error: { kind: 'cancelled' } };
  // Some Linux dialogs do not add the filter's extension.
  const path = choice.filePath.toLowerCase().endsWith(`.${kind.extension}`)
    ? choice.filePath
    : `${choice.filePath}.${kind.extension}`;
  try {
    await writeFileAtomically(deps.fs, path, bytes);
  } catch (error) {
    return { ok: false, error: fileErrorFromException(error, path) };
  }
  return { ok: true, value: { name: baseName(path) } };
}
