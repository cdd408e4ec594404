import { encodeJson } from '../db/revisionCodec';
import type { EncodedPayload } from '../db/revisionCodec';
import type { EncodeRequest, EncodeResponse } from './revisionWorker';

/**
 * The main thread's side of `revisionWorker.ts`: `encodeJsonOffThread(json)` resolves with the same
 * payload `encodeJson` would. Where a module worker cannot be started (jsdom in tests, a policy that
 * refuses it) or dies, the encoding runs here instead: slower to the eye, never lost.
 */

type Pending = (response: EncodeResponse) => void;

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const [id, settle] of pending) settle({ id, ok: false, message });
  pending.clear();
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./revisionWorker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<EncodeResponse>) => {
      const settle = pending.get(event.data.id);
      pending.delete(event.data.id);
      settle?.(event.data);
    });
    // A worker that fails to load or crashes is not tried again: the rest of the session encodes here.
    started.addEventListener('error', () => {
      worker = null;
      started.terminate();
      failAll('the revision worker stopped');
    });
    return started;
  } catch {
    return null;
  }
}

/**
 * Starts the worker ahead of need (a save calls this before writing its file), so that the first
 * recording of a session does not also wait for the worker's script to load.
 */
export function prepareRevisionEncoder(): void {
  if (worker === undefined) worker = startWorker();
}

/** JSON as a stored revision payload (deflated when worth it), encoded in the worker when there is one. */
export async function encodeJsonOffThread(json: string): Promise<EncodedPayload> {
  prepareRevisionEncoder();
  const current = worker ?? null;
  if (current === null) return encodeJson(json);
  const id = nextId++;
  const response = await new Promise<EncodeResponse>((resolve) => {
    pending.set(id, resolve);
    current.postMessage({ id, json } satisfies EncodeRequest);
  });
  return response.ok ? response.payload : encodeJson(json);
}
