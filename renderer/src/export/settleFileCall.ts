import type { FileResult } from '../../../shared/ipc/contract';

/**
 * A bridge call that writes a file, as a `FileResult` whatever happens: a rejected call (a dead
 * main process, a broken IPC channel) becomes an `io` error naming the file, so every export dialog
 * shows one message path instead of each catching on its own.
 */
export async function settleFileCall<T>(
  call: Promise<FileResult<T>>,
  fileName: string,
): Promise<FileResult<T>> {
  try {
    return await call;
  } catch (error: unknown) {
    return {
      ok: false,
      error: { kind: 'io', path: fileName, message: error instanceof Error ? error.message : String(error) },
    };
  }
}
