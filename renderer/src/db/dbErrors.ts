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
}

function asErrorLike(value: unknown): ErrorLike | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, message, inner } = value as { name?: unknown; message?: unknown; inner?: unknown };
  return {
    name: typeof name === 'string' ? name : '',
    message: typeof message === 'string' ? message : '',
    inner,
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

export function toDbError(error: unknown): DbError {
  const chain = chainOf(error);
  // The innermost message is the browser's own; Dexie's wrappers repeat it with their names around it.
  const detail = chain.findLast((link) => link.message !== '')?.message ?? String(error);
  if (chain.some((link) => link.name === 'QuotaExceededError')) return { kind: 'quota' };
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
