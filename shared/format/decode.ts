import type { FormatError } from './errors';
import { MAX_FILE_BYTES } from './limits';
import { err, ok, type Result } from '../result';

/** Leading bytes of the binary files people most often pick by mistake instead of a map. */
const BINARY_SIGNATURES: readonly { readonly looksLike: string; readonly bytes: readonly number[] }[] = [
  { looksLike: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { looksLike: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { looksLike: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { looksLike: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { looksLike: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { looksLike: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { looksLike: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { looksLike: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
];

type UnitAt = (index: number) => number | undefined;

const recogniseBinary = (length: number, unitAt: UnitAt): string | null => {
  const match = BINARY_SIGNATURES.find(
    (signature) =>
      length >= signature.bytes.length && signature.bytes.every((byte, index) => unitAt(index) === byte),
  );
  return match?.looksLike ?? null;
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

/** The encodings we accept, recognised by their byte-order mark; anything without one must be UTF-8. */
const encodingOf = (bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' => {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return 'utf-8';
};

/**
 * Bytes a string takes in UTF-8, counted without allocating an encoded copy. A lone surrogate counts
 * as three bytes, which is what `TextEncoder` would write for its replacement character.
 */
const utf8ByteLength = (text: string): number => {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
};

/** The size the cap applies to: bytes as read, or text as it would be saved (UTF-8). */
const sizeInBytes = (input: Uint8Array | string): number => {
  if (typeof input !== 'string') return input.byteLength;
  // A UTF-16 unit takes at most three UTF-8 bytes, so for short text its length is a safe stand-in.
  return input.length * 3 <= MAX_FILE_BYTES ? input.length : utf8ByteLength(input);
};

const checkText = (text: string): Result<string, FormatError> => {
  // JSON never contains a raw NUL, and text editors never write one: a NUL means binary data.
  if (text.includes('\0')) return err({ kind: 'binary', looksLike: null });
  if (text.trim() === '') return err({ kind: 'empty' });
  return ok(text);
};

/**
 * Turns what was read from disk (or handed over as text) into the JSON text to parse. The size cap
 * comes first, so a huge file is refused without being decoded. UTF-8 is the format's encoding; a BOM
 * and UTF-16 with a BOM (what some Windows editors save) are accepted to spare users a puzzling refusal.
 */
export const decodeCxmapText = (input: Uint8Array | string): Result<string, FormatError> => {
  const bytes = sizeInBytes(input);
  if (bytes > MAX_FILE_BYTES) return err({ kind: 'too-large', bytes, limit: MAX_FILE_BYTES });

  if (typeof input === 'string') {
    const looksLike = recogniseBinary(input.length, (index) => input.charCodeAt(index));
    if (looksLike !== null) return err({ kind: 'binary', looksLike });
    return checkText(input.startsWith('\uFEFF') ? input.slice(1) : input);
  }

  if (input.byteLength === 0) return err({ kind: 'empty' });
  const looksLike = recogniseBinary(input.byteLength, (index) => input[index]);
  if (looksLike !== null) return err({ kind: 'binary', looksLike });

  let text: string;
  try {
    // `fatal` turns invalid sequences into an error instead of U+FFFD; the decoder drops the BOM itself.
    text = new TextDecoder(encodingOf(input), { fatal: true }).decode(input);
  } catch {
    return err({ kind: 'binary', looksLike: null });
  }
  return checkText(text);
};
