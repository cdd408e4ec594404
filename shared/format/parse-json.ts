import type { FormatError } from './errors';
import { findJsonSyntaxError } from './json-syntax';
import { err, ok, type Result } from '../result';

/** 1-based line and column of a UTF-16 offset, the way editors count them. */
const lineAndColumnAt = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index += 1) {
    if (text.charCodeAt(index) === 0x0a /* \n */) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
};

/**
 * Where parsing failed: V8's own position when its message has one ("… in JSON at position 42"), the
 * end of the text when the input stopped short, else our own scan, since V8 quotes the bad token but
 * not where it is.
 */
const errorOffset = (text: string, message: string): number | null => {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return findJsonSyntaxError(text);
};

/** `JSON.parse` as a Result; the caller has already bounded the nesting depth. */
export const parseJson = (text: string): Result<unknown, FormatError> => {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text, detail);
    const where = offset === null ? null : lineAndColumnAt(text, offset);
    return err({ kind: 'not-json', line: where?.line ?? null, column: where?.column ?? null, detail });
  }
};
