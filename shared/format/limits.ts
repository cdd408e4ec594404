import { MAX_FILE_BYTES } from '../ipc/contract';

/**
 * The caps FORMAT.md puts on a file, applied before anything walks it (DESIGN.md §6). The byte cap lives
 * in the IPC contract because main enforces it too, before a file ever crosses to the renderer.
 */
export { MAX_FILE_BYTES };

/**
 * Deepest nesting of arrays and objects a file may have. A real map needs about eight levels; the cap
 * leaves room for unknown properties while keeping every later recursive walk far from the stack limit.
 */
export const MAX_NESTING_DEPTH = 64;

/** Keys that would reach `Object.prototype` through a later copy; never honoured, always dropped. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
