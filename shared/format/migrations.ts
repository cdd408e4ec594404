import type { FormatError } from './errors';
import { CURRENT_FORMAT_VERSION } from '../model/schema';
import { err, ok, type Result } from '../result';

/** A document as read, before validation: only its header is known to be sound. */
export type RawDocument = Readonly<Record<string, unknown>>;

/**
 * One step of the format's history. `migrate` receives a whole document of version `from` (its
 * `history` maps are of that version too and are the step's job as well) and returns a new document of
 * version `to`; it must not mutate its input, and must not assume the input is valid: validation runs
 * after the last step.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly migrate: (document: RawDocument) => RawDocument;
}

/** A chain of migrations checked to lead, one version at a time, from version 1 to `currentVersion`. */
export interface MigrationPlan {
  readonly currentVersion: number;
  readonly steps: readonly Migration[];
}

export const FIRST_FORMAT_VERSION = 1;

/**
 * Checks a chain once, when it is defined: each step goes up by exactly one, the steps start at
 * version 1 and end at the current version, so every older file has exactly one path forward. A gap is
 * a programming error, so it throws (at import time, failing every test) instead of reaching a user.
 */
export const defineMigrations = (currentVersion: number, steps: readonly Migration[]): MigrationPlan => {
  if (!Number.isInteger(currentVersion) || currentVersion < FIRST_FORMAT_VERSION) {
    throw new Error(`The current format version must be a whole number from 1, not ${currentVersion}`);
  }
  let expectedFrom = FIRST_FORMAT_VERSION;
  for (const step of steps) {
    if (step.from !== expectedFrom || step.to !== step.from + 1) {
      throw new Error(
        `Migration ${step.from}→${step.to} breaks the chain: expected ${expectedFrom}→${expectedFrom + 1}`,
      );
    }
    expectedFrom = step.to;
  }
  if (expectedFrom !== currentVersion) {
    throw new Error(
      `Migrations end at version ${expectedFrom}, but the current version is ${currentVersion}`,
    );
  }
  return { currentVersion, steps: [...steps] };
};

/** Version 1 is the first version of the format, so there is nothing to migrate yet. */
export const FORMAT_MIGRATIONS: MigrationPlan = defineMigrations(CURRENT_FORMAT_VERSION, []);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the header and brings the document up to the current version. Refuses what is not a map, a
 * version that is not a positive whole number, and a version newer than this app reads (that file was
 * made by a newer Journey Studio: it must not be half-read and then overwritten).
 */
export const migrateDocument = (
  value: unknown,
  plan: MigrationPlan = FORMAT_MIGRATIONS,
): Result<RawDocument, FormatError> => {
  if (!isRecord(value) || value['format'] !== 'cxmap') return err({ kind: 'not-cxmap' });
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_FORMAT_VERSION) {
    return err({ kind: 'bad-version', version });
  }
  if (version > plan.currentVersion) {
    return err({ kind: 'too-new', version, supported: plan.currentVersion });
  }

  let document: RawDocument = value;
  for (const step of plan.steps) {
    if (step.from < version) continue;
    try {
      document = { ...step.migrate(document), version: step.to };
    } catch (error) {
      // A step that cannot make sense of its input must not crash the reader: the file is refused.
      const reason = error instanceof Error ? error.message : String(error);
      return err({
        kind: 'invalid-value',
        path: 'version',
        problem: `could not be upgraded from ${step.from} to ${step.to} (${reason})`,
        record: null,
      });
    }
  }
  return ok(document);
};
