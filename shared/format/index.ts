/**
 * The `.cxmap` v1 file format (FORMAT.md): read any input into a valid document or a reason, validate
 * data from elsewhere the same way, and write documents byte-for-byte deterministically.
 */
export { readCxmap } from './read';
export { validateDocument } from './validate';
export { serializeCxmap, writeCxmap } from './write';
export { CURRENT_FORMAT_VERSION } from '../model/schema';
export { MAX_FILE_BYTES, MAX_NESTING_DEPTH } from './limits';
export type { FormatError, RecordKind, RecordRef } from './errors';
