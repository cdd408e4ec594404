/** The value, or a failed test saying it was missing: array reads are `T | undefined` under our tsconfig. */
export function present<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected a ${what}, found none`);
  return value;
}
