import { readCxmap } from '../../../shared/format';
import { createWorkerClient } from './workerClient';

type ReadResult = ReturnType<typeof readCxmap>;

/**
 * Below this size a file is read here: it takes a few tens of milliseconds at most (a 500-item map is
 * about 220 KB), less than handing it to a worker and back. Above it, reading in the worker keeps the
 * window responsive (a 2,000-item map, 0.9 MB, took 0.1–0.2 s of the main thread).
 */
export const READ_HERE_BELOW_BYTES = 256 * 1024;

const reader = createWorkerClient<Uint8Array, ReadResult>(
  () => new Worker(new URL('./readerWorker.ts', import.meta.url), { type: 'module' }),
  readCxmap,
);

/**
 * Starts the reading worker while the app is idle, so that opening a large map does not also wait for
 * the worker's script to load and compile (measured: that added 0.15–0.25 s to opening 2,000 items).
 */
export function prepareDocumentReader(): void {
  const start = () => reader.prepare();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2_000 });
  else setTimeout(start, 0);
}

/** `readCxmap(bytes)`, in a worker for a large file when there is one; the caller keeps its bytes. */
export function readCxmapOffThread(bytes: Uint8Array): Promise<ReadResult> {
  return bytes.byteLength < READ_HERE_BELOW_BYTES ? Promise.resolve(readCxmap(bytes)) : reader.call(bytes);
}
