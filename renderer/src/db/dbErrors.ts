/**
 * What went wrong with IndexedDB, in the terms the user is told about. Dexie and the browser report the
 * same problem under several names (a full disk is a `QuotaExceededError`, or an `AbortError` whose
 * `inner` is one), so every failure is mapped here once.
 */
export type DbError =
  | { readonly kind: 'quota' }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'unavailable'; readonly detail: string }
  | { readonly kind: 'failed'; readonly detail: string };

const BLOCKED_NAMES = new Set(['BlockedError', 'VersionChangeError', 'DatabaseClosedError']);
const UNAVAILABLE_NAMES = new Set(['OpenFailedError', 'MissingAPIError', 'InvalidStateError']);

interface ErrorLike {
  readonly name: string;
  readonly message: string;
  readonly inner: unknown;
  /** A BulkError's errors, one per failed operation. */
  readonly failures: unknown;
}

function asErrorLike(value: unknown): ErrorLike | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, message, inner, failures } = value as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    failures?: unknown;
  };
  return {
    name: typeof name === 'string' ? name : '',
    message: typeof message === 'string' ? message : '',
    inner,
    failures,
  };
}

/** The error and the ones it wraps (`inner`), outermost first; bounded against cycles. */
function chainOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = asErrorLike(error);
  while (current !== null && chain.length < 8) {
    chain.push(current);
    current = asErrorLike(current.inner);
  }
  return chain;
}

/**
 * The chain, plus the chains of a BulkError's per-operation `failures`: a bulk write that ran out of
 * space says so only there, and must still read as "the disk is full", not as a generic failure.
 */
function linksOf(error: unknown): ErrorLike[] {
  const chain = chainOf(error);
  const failures = chain.flatMap((link) => {
    const failures: unknown = link.failures;
    return Array.isArray(failures)
      ? failures.slice(0, 8).flatMap((failure: unknown) => chainOf(failure))
      : [];
  });
  return [...chain, ...failures];
}

export function toDbError(error: unknown): DbError {
  const chain = chainOf(error);
  const links = linksOf(error);
  // The innermost message is the browser's own; Dexie's wrappers repeat it with their names around it.
  const detail = chain.findLast((link) => link.message !== '')?.message ?? String(error);
  if (links.some((link) => link.name === 'QuotaExceededError')) return { kind: 'quota' };
  if (
    chain.some(
      (link) =>
        UNAVAILABLE_NAMES.has(link.name) || link.message.includes('Internal error opening backing store'),
    )
  ) {
    return { kind: 'unavailable', detail };
  }
  // After an open failure Dexie reports "database closed" wrapping the reason: that case is above.
  if (chain.some((link) => BLOCKED_NAMES.has(link.name))) return { kind: 'blocked' };
  return { kind: 'failed', detail };
}
