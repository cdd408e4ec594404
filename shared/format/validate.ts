import type { FormatError } from './errors';
import { migrateDocument } from './migrations';
import { checkDocumentReferences } from './references';
import { invalidValueError, plainProblem } from './schema-issues';
import { copyUntrustedData } from './untrusted-data';
import { documentSchema, type CxDocument } from '../model/schema';
import { err, ok, type Result } from '../result';

/**
 * Everything a `.cxmap` document goes through after parsing, for a file just read and equally for a
 * draft or revision from IndexedDB: drop forbidden keys and bound the depth, read the header, migrate to
 * the current version, validate every record, then the cross-record rules. The first problem found is
 * returned, always the same one for the same input, because that is what the user is shown.
 */
export const validateDocument = (value: unknown): Result<CxDocument, FormatError> => {
  const copied = copyUntrustedData(value);
  if (!copied.ok) return copied;

  const migrated = migrateDocument(copied.value);
  if (!migrated.ok) return migrated;

  const parsed = documentSchema.safeParse(migrated.value, { error: plainProblem });
  if (!parsed.success) {
    const [firstIssue] = parsed.error.issues;
    return err(
      firstIssue === undefined
        ? { kind: 'invalid-value', path: '', problem: 'is not valid', record: null }
        : invalidValueError(firstIssue, migrated.value),
    );
  }

  const broken = checkDocumentReferences(parsed.data);
  return broken === null ? ok(parsed.data) : err(broken);
};
