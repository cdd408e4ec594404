/**
 * A deep copy of plain JSON-like data that is safe to keep after an Immer recipe ends (a draft is
 * revoked then, and `structuredClone` refuses proxies). Own `__proto__`, `constructor` and
 * `prototype` keys — possible in JSON from a file or the clipboard — are dropped, never assigned.
 */
export const clonePlain = <T>(value: T): T => cloneValue(value) as T;

const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const cloneValue = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      if (!UNSAFE_KEYS.has(key)) copy[key] = cloneValue(entry);
    }
    return copy;
  }
  return value;
};
