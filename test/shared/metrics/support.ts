import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Metric } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { ownFixturesDir, sharedFixturesDir } from '../format/support';

export const ownSurveysDir = path.join(ownFixturesDir, 'surveys');
export const sharedSurveysDir = path.join(sharedFixturesDir, 'surveys');

export const readSurveyBytes = (folder: string, name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(folder, name)));

export const expectOk = <T, E>(result: Result<T, E>): T => {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

export const expectErr = <T, E>(result: Result<T, E>): E => {
  if (result.ok) expect.fail('expected a refusal, but it was accepted');
  return result.error;
};

/** A counter for `newId`, so created records have predictable ids. */
export const idCounter = (prefix: string): (() => string) => {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
};

/** A snapshot with only what a test cares about. */
export const snapshot = (fields: Partial<Metric> & Pick<Metric, 'kind' | 'value' | 'takenAt'>): Metric => ({
  id: `m-${fields.kind}-${fields.takenAt}-${fields.itemId ?? fields.stageId ?? 'map'}`,
  ...fields,
});

/** The value, failing the test when there is none (instead of a non-null assertion). */
export const defined = <T>(value: T | undefined): T => {
  if (value === undefined) expect.fail('expected a value, got undefined');
  return value;
};
