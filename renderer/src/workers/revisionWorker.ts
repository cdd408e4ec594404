import { encodeJson } from '../db/revisionCodec';
import type { EncodedPayload } from '../db/revisionCodec';
import { serveRequests } from './workerServer';

/**
 * Compresses a revision's JSON off the main thread: deflating a 2 MB map takes tens of milliseconds,
 * which on the main thread would freeze typing right after Ctrl+S (issue 8: at most 16 ms blocking).
 * The answer's bytes are transferred, not copied.
 */
serveRequests<string, EncodedPayload>(encodeJson, (payload) =>
  typeof payload.data === 'string' ? [] : [payload.data.buffer],
);
