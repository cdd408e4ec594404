import Papa from 'papaparse';
import { err, ok, type Result } from '../result';

/** One non-empty record of the file, numbered as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvDelimiter = ',' | ';' | '\t' | '|';

export interface ParsedCsv {
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: CsvDelimiter;
  readonly encoding: CsvEncoding;
  readonly hadBom: boolean;
  /** Blank rows left out; their numbers stay skipped, so row numbers still match a spreadsheet. */
  readonly emptyRowsSkipped: number;
}

export type CsvError =
  | { readonly kind: 'binary'; readonly message: string }
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'too-large'; readonly message: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'no-columns'; readonly message: string }
  | { readonly kind: 'unclosed-quote'; readonly message: string; readonly row: number };

export interface ParseSurveyCsvOptions {
  /** Called with 0…1, never decreasing, ending at exactly 1 on success. */
  readonly onProgress?: (fraction: number) => void;
  /** Rows parsed between two yields to the event loop. */
  readonly chunkRows?: number;
}

/** Far above any survey export we have seen, low enough that the renderer keeps its memory. */
export const MAX_SURVEY_CSV_BYTES = 100 * 1024 * 1024;
const DEFAULT_CHUNK_ROWS = 5_000;
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

const BINARY_MESSAGE = 'This looks like a binary file, not a CSV. Export the survey as CSV and try again.';
const binary = (): Result<never, CsvError> => err({ kind: 'binary', message: BINARY_MESSAGE });

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

/** Control characters no text export contains (everything below space but tab, CR and LF, and DEL). */
const isStrayControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;

/** Share of characters, sampled from the start, that only binary data would contain. */
const strayShare = (text: string): number => {
  const sample = Math.min(text.length, 64 * 1024);
  let stray = 0;
  for (let index = 0; index < sample; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd || isStrayControl(code) || (code >= 0x80 && code <= 0x9f)) stray += 1;
  }
  return sample === 0 ? 0 : stray / sample;
};

/**
 * Share of non-ASCII characters. A CSV's delimiters, digits, dates and usually its headers are ASCII,
 * so text read as Windows-1252 that is mostly accented letters is really arbitrary bytes.
 */
const nonAsciiShare = (text: string): number => {
  const sample = Math.min(text.length, 64 * 1024);
  let nonAscii = 0;
  for (let index = 0; index < sample; index += 1) if (text.charCodeAt(index) >= 0x80) nonAscii += 1;
  return sample === 0 ? 0 : nonAscii / sample;
};

/** Past this share of stray characters, the "text" is binary data. */
const MAX_STRAY_SHARE = 0.01;
const MAX_NON_ASCII_SHARE_WITHOUT_UTF8 = 0.3;

interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
  readonly hadBom: boolean;
}

/**
 * Bytes to text. A BOM decides (UTF-8, UTF-16 LE/BE). Without one the file must be UTF-8, except that
 * Excel on Windows saves "CSV" in the ANSI code page: text that is almost all valid UTF-8 with a few
 * bad bytes is read as Windows-1252 rather than refused. NUL bytes, or many undecodable bytes, mean
 * a binary file (a spreadsheet, an image) picked by mistake.
 */
export const decodeCsvBytes = (bytes: Uint8Array): Result<DecodedText, CsvError> => {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeStrict(bytes, 'utf-8', true);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict(bytes, 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict(bytes, 'utf-16be', true);
  if (bytes.includes(0)) return binary();
  const loose = new TextDecoder('utf-8').decode(bytes);
  if (!loose.includes('\uFFFD')) {
    return strayShare(loose) > MAX_STRAY_SHARE
      ? binary()
      : ok({ text: loose, encoding: 'utf-8', hadBom: false });
  }
  const ansi = new TextDecoder('windows-1252').decode(bytes);
  const looksBinary =
    strayShare(ansi) > MAX_STRAY_SHARE || nonAsciiShare(ansi) > MAX_NON_ASCII_SHARE_WITHOUT_UTF8;
  return looksBinary ? binary() : ok({ text: ansi, encoding: 'windows-1252', hadBom: false });
};

const decodeStrict = (
  bytes: Uint8Array,
  encoding: CsvEncoding,
  hadBom: boolean,
): Result<DecodedText, CsvError> => {
  try {
    // The decoder drops the BOM itself; `fatal` turns invalid sequences into a refusal.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.includes('\0') ? binary() : ok({ text, encoding, hadBom });
  } catch {
    return binary();
  }
};

const decodeInput = (input: string | Uint8Array): Result<DecodedText, CsvError> => {
  if (typeof input !== 'string') {
    if (input.byteLength > MAX_SURVEY_CSV_BYTES) {
      return err({
        kind: 'too-large',
        message: `This file is ${Math.ceil(input.byteLength / 1024 / 1024)} MB; survey files up to 100 MB can be imported.`,
        bytes: input.byteLength,
        limit: MAX_SURVEY_CSV_BYTES,
      });
    }
    return decodeCsvBytes(input);
  }
  if (input.includes('\0') || strayShare(input) > MAX_STRAY_SHARE) return binary();
  const hadBom = input.startsWith('\uFEFF');
  return ok({ text: hadBom ? input.slice(1) : input, encoding: 'utf-8', hadBom });
};

/**
 * Cuts the text into pieces of about `rowsPerPiece` records, only at line ends outside quotes, so each
 * piece parses on its own and a quoted newline never splits a record. Quote parity is exact for
 * RFC 4180 files; a stray quote inside an unquoted field only makes pieces larger, never wrong.
 */
const splitIntoPieces = (text: string, rowsPerPiece: number): string[] => {
  const pieces: string[] = [];
  let inQuotes = false;
  let rows = 0;
  let pieceStart = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) inQuotes = !inQuotes;
    else if (code === 0x0a && !inQuotes) {
      rows += 1;
      if (rows >= rowsPerPiece) {
        pieces.push(text.slice(pieceStart, index + 1));
        pieceStart = index + 1;
        rows = 0;
      }
    }
  }
  if (pieceStart < text.length) pieces.push(text.slice(pieceStart));
  return pieces;
};

/** The first line outside quotes, enough to recognise the header's delimiter. */
const headerSample = (text: string): string => {
  const firstPiece = splitIntoPieces(text.slice(0, 64 * 1024), 20)[0] ?? '';
  return firstPiece;
};

/**
 * The delimiter that splits the first rows into the same number of columns, preferring more columns.
 * A delimiter that leaves the header in one column is no delimiter: that file is refused with a hint.
 */
const detectDelimiter = (text: string): CsvDelimiter | null => {
  const sample = headerSample(text);
  let best: { delimiter: CsvDelimiter; columns: number; consistent: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, skipEmptyLines: true }).data;
    const columns = rows[0]?.length ?? 0;
    if (columns < 2) continue;
    const consistent = rows.filter((row) => row.length === columns).length;
    if (!best || consistent > best.consistent || (consistent === best.consistent && columns > best.columns)) {
      best = { delimiter, columns, consistent };
    }
  }
  return best?.delimiter ?? null;
};

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads a survey export: decodes it, finds its delimiter, and parses it into rows, piece by piece with
 * a yield between pieces so that a 100,000-row file keeps the window responsive and its progress bar
 * moving. Never throws on the file's content.
 */
export const parseSurveyCsv = async (
  input: string | Uint8Array,
  { onProgress, chunkRows = DEFAULT_CHUNK_ROWS }: ParseSurveyCsvOptions = {},
): Promise<Result<ParsedCsv, CsvError>> => {
  const decoded = decodeInput(input);
  if (!decoded.ok) return decoded;
  const { text, encoding, hadBom } = decoded.value;
  if (text.trim() === '') return err({ kind: 'empty', message: 'This file is empty.' });

  const delimiter = detectDelimiter(text);
  if (delimiter === null) {
    return err({
      kind: 'no-columns',
      message:
        'Could not find columns in the first row. Survey files must separate columns with commas, semicolons, tabs or vertical bars.',
    });
  }

  const pieces = splitIntoPieces(text, Math.max(1, chunkRows));
  let headers: string[] | null = null;
  const rows: CsvRow[] = [];
  let emptyRowsSkipped = 0;
  let rowNumber = 0;
  let charsDone = 0;
  let lastReported = 0;
  for (const [pieceIndex, piece] of pieces.entries()) {
    const parsed = Papa.parse<string[]>(piece, { delimiter, skipEmptyLines: false });
    const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
    if (unclosed) {
      const row = rowNumber + (unclosed.row ?? 0) + 1;
      return err({
        kind: 'unclosed-quote',
        message: `Row ${row}: a quoted value is never closed, so the rest of the file would be read as one value.`,
        row,
      });
    }
    // A piece ending in a newline yields a final empty record that is not a row of the file.
    const records =
      piece.endsWith('\n') && parsed.data.at(-1)?.join('') === '' ? parsed.data.slice(0, -1) : parsed.data;
    for (const cells of records) {
      rowNumber += 1;
      if (isBlank(cells)) {
        if (headers !== null) emptyRowsSkipped += 1;
        continue;
      }
      if (headers === null) headers = cells.map((cell) => cell.trim());
      else rows.push({ rowNumber, cells });
    }
    charsDone += piece.length;
    const fraction = charsDone / text.length;
    if (onProgress && fraction > lastReported && pieceIndex < pieces.length - 1) {
      lastReported = fraction;
      onProgress(fraction);
    }
    if (pieceIndex < pieces.length - 1) await yieldToEventLoop();
  }
  if (headers === null) return err({ kind: 'empty', message: 'This file is empty.' });
  onProgress?.(1);
  return ok({ headers, rows, delimiter, encoding, hadBom, emptyRowsSkipped });
};
