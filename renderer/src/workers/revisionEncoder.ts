import { encodeJson } from '../db/revisionCodec';
import type { EncodedPayload } from '../db/revisionCodec';
import { createWorkerClient } from './workerClient';

const encoder = createWorkerClient<string, EncodedPayload>(
  () => new Worker(new URL('./revisionWorker.ts', import.meta.url), { type: 'module' }),
  encodeJson,
);

/**
 * Starts the worker ahead of need (a save calls this before writing its file), so that the first
 * recording of a session does not also wait for the worker's script to load.
 */
export function prepareRevisionEncoder(): void {
  encoder.prepare();
}

/** JSON as a stored revision payload (deflated when worth it), encoded in the worker when there is one. */
export function encodeJsonOffThread(json: string): Promise<EncodedPayload> {
  return encoder.call(json);
}
