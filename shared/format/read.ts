import { decodeCxmapText } from './decode';
import { nestsDeeperThan } from './depth';
import type { FormatError } from './errors';
import { MAX_NESTING_DEPTH } from './limits';
import { parseJson } from './parse-json';
import { validateDocument } from './validate';
import type { CxDocument } from '../model/schema';
import { err, type Result } from '../result';

/**
 * Reads a `.cxmap` file, as bytes from disk or as text, into a valid current-version document, or says
 * why not. Never throws, whatever the input: each step bounds the cost of the next (size before
 * decoding, nesting depth before `JSON.parse`, forbidden keys dropped before anything copies).
 */
export const readCxmap = (input: Uint8Array | string): Result<CxDocument, FormatError> => {
  const text = decodeCxmapText(input);
  if (!text.ok) return text;
  if (nestsDeeperThan(text.value, MAX_NESTING_DEPTH)) {
    return err({ kind: 'too-deep', limit: MAX_NESTING_DEPTH });
  }
  const parsed = parseJson(text.value);
  if (!parsed.ok) return parsed;
  return validateDocument(parsed.value);
};
