import { encodeJson } from '../db/revisionCodec';
import type { EncodedPayload } from '../db/revisionCodec';

/**
 * Compresses a revision's JSON off the main thread: deflating a 2 MB map takes tens of milliseconds,
 * which on the main thread would freeze typing right after Ctrl+S (issue 8: at most 16 ms blocking).
 * The answer's bytes are transferred, not copied.
 */

export interface EncodeRequest {
  readonly id: number;
  readonly json: string;
}

export type EncodeResponse =
  | { readonly id: number; readonly ok: true; readonly payload: EncodedPayload }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<EncodeRequest>) => void): void;
  postMessage(message: EncodeResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, json } = event.data;
  try {
    const payload = encodeJson(json);
    const transfer = typeof payload.data === 'string' ? [] : [payload.data.buffer];
    scope.postMessage({ id, ok: true, payload }, transfer);
  } catch (error: unknown) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
});
