import { readCxmap } from '../../../shared/format';
import { createWorkerClient } from './workerClient';

type ReadResult = ReturnType<typeof readCxmap>;

const reader = createWorkerClient<Uint8Array, ReadResult>(
  () => new Worker(new URL('./readerWorker.ts', import.meta.url), { type: 'module' }),
  readCxmap,
);

/** `readCxmap(bytes)`, in a worker when there is one; the bytes are copied, the caller keeps its own. */
export function readCxmapOffThread(bytes: Uint8Array): Promise<ReadResult> {
  return reader.call(bytes);
}
