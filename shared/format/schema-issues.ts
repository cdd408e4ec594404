import type { z } from 'zod';
import type { FormatError, RecordRef } from './errors';
import { formatJsonPath } from './json-path';
import { kindOfCollection, recordRef } from './record-ref';

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
};

const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const countOf = (origin: string, amount: number | bigint): string =>
  origin === 'string' ? `${amount} characters` : origin === 'array' ? `${amount} entries` : String(amount);

/**
 * Zod's issues in the words of our messages ("is missing", "must be one of: web, app, …"). Messages a
 * schema spells out itself ("must be between 1 and 5") take precedence over this map.
 */
export const plainProblem = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is missing';
      const expected = EXPECTED_TYPES[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'must not be empty'
        : `must be at least ${countOf(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `must be at most ${countOf(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      return 'is not in the expected format';
    default:
      return 'is not valid';
  }
};

const asArray = (value: unknown): readonly unknown[] | null => (Array.isArray(value) ? value : null);
const field = (value: unknown, key: PropertyKey): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;

/** The record of a map a path inside that map (`items[3].emotion`) belongs to. */
const recordInMap = (map: unknown, path: readonly PropertyKey[]): RecordRef | null => {
  const [collection, index] = path;
  const kind = kindOfCollection(collection);
  if (kind !== null && typeof collection === 'string' && typeof index === 'number') {
    const record = asArray(field(map, collection))?.[index];
    return recordRef(kind, record, formatJsonPath([collection, index]));
  }
  return path.length > 0 ? recordRef('map', map, 'map') : null;
};

/** The record a failing value belongs to, named from the raw data since it did not validate. */
const recordAt = (document: unknown, path: readonly PropertyKey[]): RecordRef | null => {
  const [head, index, next] = path;
  if (head === 'map') return recordInMap(field(document, 'map'), path.slice(1));
  if (head === 'history' && typeof index === 'number') {
    const entry = asArray(field(document, 'history'))?.[index];
    if (next === 'map') return recordInMap(field(entry, 'map'), path.slice(3));
    return recordRef('revision', entry, formatJsonPath(['history', index]));
  }
  return null;
};

export const invalidValueError = (issue: z.core.$ZodIssue, document: unknown): FormatError => ({
  kind: 'invalid-value',
  path: formatJsonPath(issue.path),
  problem: issue.message,
  record: recordAt(document, issue.path),
});
