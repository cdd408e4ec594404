import { extname, resolve } from 'node:path';
import { CXMAP_EXTENSION } from '../../shared/ipc/contract';
import type { FileResult, OpenedFile } from '../../shared/ipc/contract';

/**
 * The `.cxmap` file named on a command line (a double-click on Windows and Linux launches the app
 * with the file's path), resolved against the launching process's working directory. `argv[0]` is
 * the executable; flags and anything that is not a `.cxmap` path (such as the app folder
 * `electron .` receives while developing) are skipped.
 */
export const mapPathFromArgv = (argv: readonly string[], workingDirectory: string): string | null => {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (extname(arg).toLowerCase() !== `.${CXMAP_EXTENSION}`) continue;
    return resolve(workingDirectory, arg);
  }
  return null;
};

/** Where opened files go once a renderer is listening. */
export type OpenedFileSink = (file: FileResult<OpenedFile>) => void;

export interface OsFileInbox {
  /** A path the OS asked us to open; read now, delivered as soon as a renderer is ready. */
  receive(path: string): void;
  /** A renderer finished loading: deliver what waited, and everything after, to `sink`. */
  attach(sink: OpenedFileSink): void;
  /** The window went away: hold files again until the next one is ready. */
  detach(): void;
}

/**
 * Files can arrive before there is a window to show them in (macOS sends `open-file` before
 * `ready`; a first launch's argv is known before the page has loaded), so they wait here, in order.
 */
export const createOsFileInbox = (
  readFile: (path: string) => Promise<FileResult<OpenedFile>>,
): OsFileInbox => {
  let sink: OpenedFileSink | null = null;
  const waiting: FileResult<OpenedFile>[] = [];
  // Reads finish in any order; chaining them keeps files in the order the OS sent them.
  let reads: Promise<void> = Promise.resolve();

  const deliver = (file: FileResult<OpenedFile>): void => {
    if (sink === null) waiting.push(file);
    else sink(file);
  };

  return {
    receive(path) {
      reads = reads
        .then(async () => deliver(await readFile(path)))
        .catch((error: unknown) =>
          console.error('Journey Studio could not hand a file to its window:', error),
        );
    },
    attach(next) {
      sink = next;
      for (const file of waiting.splice(0)) next(file);
    },
    detach() {
      sink = null;
    },
  };
};
