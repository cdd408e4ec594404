import { readCxmap } from '../../../shared/format';
import { serveRequests } from './workerServer';

/**
 * Reads an opened file off the main thread: decoding, parsing and validating a 2,000-item map takes
 * 0.1–0.2 s, which on the main thread froze the window for that long on every open (issue 8: no task
 * over 100 ms while opening). The answer is plain data (a document or a format error).
 */
serveRequests((bytes: Uint8Array) => readCxmap(bytes));
