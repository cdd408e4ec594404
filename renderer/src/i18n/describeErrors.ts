import type { EditError } from '../../../shared/logic';
import type { FormatError, RecordKind, RecordRef } from '../../../shared/format/errors';
import type { FileError } from '../../../shared/ipc/contract';
import { t } from './translate';

/**
 * Plain sentences for why a file could not be opened. Every sentence names the file first, so a user
 * who opened several files knows which one was refused, then says what is wrong in words a
 * workshop facilitator understands (never a stack trace or a zod issue code).
 */

const BYTES_PER_MEGABYTE = 1024 * 1024;

/** The last segment of a Windows or POSIX path: a dialog error only knows the path. */
export function fileNameOfPath(path: string): string {
  const segments = path.split(/[\\/]/);
  return segments[segments.length - 1] ?? path;
}

function formatMegabytes(bytes: number, limitBytes: number): { size: string; limit: string } {
  const limit = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(
    limitBytes / BYTES_PER_MEGABYTE,
  );
  // "50 MB, and the limit is 50 MB" would read as a contradiction: show as many decimals as it takes.
  for (const digits of [1, 2, 3]) {
    const size = new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(
      bytes / BYTES_PER_MEGABYTE,
    );
    if (size !== limit || bytes === limitBytes) return { size, limit };
  }
  return { size: `${limit}+`, limit };
}

function withIndefiniteArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function recordNoun(kind: RecordKind): string {
  return t(`record.${kind}`);
}

function namedRecord(record: RecordRef): string {
  return t('record.named', { kind: recordNoun(record.kind), label: record.label });
}

/** A value from a file, short enough for one sentence whatever the file holds. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('value.list');
  return typeof value === 'object' ? t('value.object') : t('value.nothing');
}

/** Problems come from the validator without a full stop; the sentence adds one. */
function withoutFinalStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

function refusal(fileName: string, reason: string): string {
  return fileName.trim() === ''
    ? t('openError.withoutName', { reason })
    : t('openError.withName', { fileName, reason });
}

function formatErrorReason(error: FormatError): string {
  switch (error.kind) {
    case 'too-large':
      return t('formatError.tooLarge', formatMegabytes(error.bytes, error.limit));
    case 'empty':
      return t('formatError.empty');
    case 'binary':
      return error.looksLike === null
        ? t('formatError.binaryUnknown')
        : t('formatError.binary', { looksLike: withIndefiniteArticle(error.looksLike) });
    case 'not-json':
      return error.line === null || error.column === null
        ? t('formatError.notJsonNoPosition')
        : t('formatError.notJson', { line: error.line, column: error.column });
    case 'too-deep':
      return t('formatError.tooDeep', { limit: error.limit });
    case 'forbidden-key':
      return t('formatError.forbiddenKey', { key: error.key, path: error.path });
    case 'not-cxmap':
      return t('formatError.notCxmap');
    case 'too-new':
      return t('formatError.tooNew', { version: error.version, supported: error.supported });
    case 'bad-version':
      return t('formatError.badVersion', { version: describeValue(error.version) });
    case 'invalid-value':
      return error.record === null
        ? t('formatError.invalidValue', { path: error.path, problem: withoutFinalStop(error.problem) })
        : t('formatError.invalidValueInRecord', {
            record: namedRecord(error.record),
            path: error.path,
            problem: withoutFinalStop(error.problem),
          });
    case 'duplicate-id':
      return t('formatError.duplicateId', { id: error.id, path: error.path });
    case 'broken-reference':
      return t('formatError.brokenReference', {
        record: namedRecord(error.record),
        targetKind: t(`record.${error.targetKind}.indefinite`),
        target: error.target,
      });
  }
}

/** Why `fileName` was refused by the `.cxmap` reader, as one sentence. */
export function describeFormatError(error: FormatError, fileName: string): string {
  return refusal(fileName, formatErrorReason(error));
}

/**
 * Why the OS (or the browser) could not hand us the file. `fileName` may be empty when the dialog
 * failed before a file was known; the path in the error names it then.
 */
export function describeFileError(error: FileError, fileName: string): string {
  const knownPath = 'path' in error ? error.path : undefined;
  const name = fileName.trim() === '' && knownPath !== undefined ? fileNameOfPath(knownPath) : fileName;
  switch (error.kind) {
    case 'cancelled':
      return t('fileError.cancelled');
    case 'too-large':
      return refusal(name, t('formatError.tooLarge', formatMegabytes(error.bytes, error.limit)));
    case 'not-found':
      return refusal(name, t('fileError.notFound', { path: error.path }));
    case 'permission-denied':
      return refusal(name, t('fileError.permissionDenied', { path: error.path }));
    case 'disk-full':
      return refusal(name, t('fileError.diskFull'));
    case 'is-directory':
      return refusal(name, t('fileError.isDirectory'));
    case 'invalid-request':
      return refusal(name, t('fileError.invalidRequest', { reason: withoutFinalStop(error.reason) }));
    case 'io':
      return refusal(name, t('fileError.io', { message: withoutFinalStop(error.message) }));
  }
}

/** Why an edit was refused, in a sentence for the alert. */
export function describeEditError(error: EditError): string {
  switch (error.reason) {
    case 'not-found':
      return t('editError.notFound', { recordKind: error.recordKind });
    case 'id-taken':
      return t('editError.idTaken', { id: error.id });
    case 'invalid-value':
      return t('editError.invalidValue', { field: error.field, problem: withoutFinalStop(error.problem) });
    case 'severity-needs-friction':
      return t('editError.severityNeedsFriction');
    case 'self-link':
      return t('editError.selfLink');
    case 'duplicate-link':
      return t('editError.duplicateLink');
  }
}
