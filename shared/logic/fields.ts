import type { z } from 'zod';
import { itemSchema } from '../model/schema';
import { SCORE_MAX, SCORE_MIN } from '../model/vocabulary';
import type { EditError } from './errors';

/**
 * Checks and writes of single fields, shared by every record kind. Values are only written when they
 * differ, because every write on an Immer draft becomes a patch and an undo step would otherwise carry
 * no-op changes.
 */

const textSchema = itemSchema.shape.title;

/** Why `value` cannot be stored as the text field `field`, or null (the format caps text length). */
export const textProblem = (field: string, value: string): EditError | null =>
  schemaProblem(field, textSchema, value);

export const textListProblem = (field: string, values: readonly string[]): EditError | null => {
  for (const value of values) {
    const problem = textProblem(field, value);
    if (problem) return problem;
  }
  return null;
};

const schemaProblem = (field: string, schema: z.ZodType, value: unknown): EditError | null => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  return { reason: 'invalid-value', field, problem: parsed.error.issues[0]?.message ?? 'is not valid' };
};

/**
 * A 1–5 experience score as stored. Out-of-range and fractional input is clamped and rounded rather
 * than refused: the inspector's number field and the +/- shortcuts overshoot, and a gesture that
 * "sticks" at 5 is what people expect. Only non-numbers (NaN, ±Infinity) are refused.
 */
export const toScore = (
  field: string,
  value: number,
): { readonly score: number } | { readonly problem: EditError } => {
  if (!Number.isFinite(value)) {
    return {
      problem: { reason: 'invalid-value', field, problem: `must be between ${SCORE_MIN} and ${SCORE_MAX}` },
    };
  }
  return { score: Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value))) };
};

/**
 * An optional text as stored: blank text is the same as no text, so the field is removed rather
 * than kept as `""` (files stay tidy and "has a description" means there is something to read).
 */
export const optionalText = (value: string | null): string | undefined =>
  value === null || value.trim() === '' ? undefined : value;

/** A list field as stored: an empty list is removed like a blank text. */
export const optionalList = (values: readonly string[]): string[] | undefined =>
  values.length === 0 ? undefined : [...values];

const sameValue = (current: unknown, next: unknown): boolean => {
  if (Array.isArray(current) && Array.isArray(next)) {
    return current.length === next.length && current.every((entry, index) => entry === next[index]);
  }
  return current === next;
};

/** Writes `value` into `record[key]`, or removes the key for `undefined`; no write when nothing changes. */
export const writeField = (record: Record<string, unknown>, key: string, value: unknown): void => {
  if (value === undefined) {
    if (Object.hasOwn(record, key)) Reflect.deleteProperty(record, key);
    return;
  }
  if (!sameValue(record[key], value)) record[key] = value;
};
