import type { FormatError } from './errors';
import { FORBIDDEN_KEYS, MAX_NESTING_DEPTH } from './limits';
import { err, ok, type Result } from '../result';

/** Returned up the recursion instead of a copy once the depth cap is passed. */
const TOO_DEEP: unique symbol = Symbol('too deep');

/** The first forbidden key met, with where it stood, so the refusal can point at it. */
interface CopyContext {
  forbidden: { key: string; path: string } | null;
}

const childPath = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

const copyValue = (value: unknown, depth: number, path: string, context: CopyContext): unknown => {
  // JSON.stringify writes -0 as 0, so the reader makes it 0 too: what is read is exactly what a save keeps.
  if (value === 0) return 0;
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_NESTING_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const [index, element] of (value as readonly unknown[]).entries()) {
      const elementCopy = copyValue(element, depth + 1, childPath(path, index), context);
      if (elementCopy === TOO_DEEP) return TOO_DEEP;
      copy.push(elementCopy);
    }
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      // Never honoured (FORMAT.md); the file is refused, and the key is not copied either way.
      context.forbidden ??= { key, path: childPath(path, key) };
      continue;
    }
    const child: unknown = (value as Readonly<Record<string, unknown>>)[key];
    // Like JSON: an `undefined` property is an absent one.
    if (child === undefined) continue;
    const childCopy = copyValue(child, depth + 1, childPath(path, key), context);
    if (childCopy === TOO_DEEP) return TOO_DEEP;
    copy[key] = childCopy;
  }
  return copy;
};

/**
 * A fresh copy of data from outside (a parsed file, a draft from IndexedDB) that is safe to spread,
 * assign and validate: own `__proto__`, `constructor` and `prototype` keys are dropped at every level
 * (`JSON.parse` creates `__proto__` as an own key, and a later `Object.assign` would turn it into the
 * prototype), and nesting is bounded, which also stops a cyclic object. Recursing is safe because the
 * depth is capped far below the stack limit. Copying also means validation never mutates the caller's data.
 * A document that carries such a key is refused (`forbidden-key`): no legitimate writer produces one, and
 * a file crafted to pollute prototypes should be reported, not silently opened.
 */
export const copyUntrustedData = (value: unknown): Result<unknown, FormatError> => {
  const context: CopyContext = { forbidden: null };
  const copy = copyValue(value, 0, '', context);
  if (copy === TOO_DEEP) return err({ kind: 'too-deep', limit: MAX_NESTING_DEPTH });
  if (context.forbidden !== null) return err({ kind: 'forbidden-key', ...context.forbidden });
  return ok(copy);
};
