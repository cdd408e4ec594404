/**
 * Value comparison for the revision diff. Records in a `.cxmap` are loose objects, so besides the
 * fields FORMAT.md names, a record may carry properties a newer writer added; those are compared too,
 * generically, so that a diff never hides an edit just because this version does not know the field.
 */

/** One field that differs between two versions of a record; `undefined` means "not set". */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Structural equality of JSON-like values: arrays in order, objects by their own keys whatever their
 * order (two writers may emit keys in different orders), a key set to `undefined` equal to an absent
 * one (an optional field cleared in memory is absent once saved). Files are depth-capped on read
 * (FORMAT.md), so the recursion is bounded.
 */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((value, index) => deepEqual(value, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const aKeys = Object.keys(a).filter((key) => a[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => b[key] !== undefined);
  return (
    aKeys.length === bKeys.length && aKeys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  );
};

/**
 * Id lists whose order carries no meaning (an item's personas, a quote's items): equal when they hold
 * the same ids, so re-ticking the same personas in another order is not reported as an edit.
 */
export const sameIdSet = (a: unknown, b: unknown): boolean => {
  if (!Array.isArray(a) || !Array.isArray(b)) return deepEqual(a, b);
  const sortedA = a.map(String).sort();
  const sortedB = b.map(String).sort();
  return deepEqual(sortedA, sortedB);
};

export interface FieldComparison {
  /** Fields in the order the UI lists them; other properties follow, sorted by name. */
  readonly known: readonly string[];
  /** Fields compared as unordered id lists. */
  readonly idSets?: readonly string[];
  /** Fields not reported here: identity, collections diffed on their own, or handled by the caller. */
  readonly ignored: readonly string[];
}

/** Every field of two versions of one record that differs, known fields first, then unknown ones. */
export const fieldChanges = (
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  comparison: FieldComparison,
): FieldChange[] => {
  const changes: FieldChange[] = [];
  const compare = (field: string): void => {
    const was = before[field];
    const now = after[field];
    const equal = comparison.idSets?.includes(field) ? sameIdSet(was, now) : deepEqual(was, now);
    if (!equal) changes.push({ field, before: was, after: now });
  };
  for (const field of comparison.known) compare(field);
  const skipped = new Set([...comparison.known, ...comparison.ignored]);
  const extras = new Set<string>();
  for (const key of Object.keys(before)) if (!skipped.has(key)) extras.add(key);
  for (const key of Object.keys(after)) if (!skipped.has(key)) extras.add(key);
  for (const field of [...extras].sort()) compare(field);
  return changes;
};
