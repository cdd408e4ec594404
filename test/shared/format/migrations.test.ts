import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../../shared/format';
import {
  FIRST_FORMAT_VERSION,
  FORMAT_MIGRATIONS,
  defineMigrations,
  migrateDocument,
  type Migration,
  type RawDocument,
} from '../../../shared/format/migrations';
import { buildDocument, expectError, expectOk } from './support';

/** A step that records that it ran, to check which steps run and in which order. */
const recordingStep = (from: number): Migration => ({
  from,
  to: from + 1,
  migrate: (document) => ({
    ...document,
    steps: [...((document['steps'] as number[] | undefined) ?? []), from],
  }),
});

describe('defineMigrations', () => {
  it('accepts a chain that climbs one version at a time from version 1 to the current one', () => {
    const plan = defineMigrations(4, [recordingStep(1), recordingStep(2), recordingStep(3)]);
    expect(plan.steps.map((step) => [step.from, step.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it.each([
    ['a gap', 4, [recordingStep(1), recordingStep(3)]],
    ['a step that skips a version', 3, [{ from: 1, to: 3, migrate: (document: RawDocument) => document }]],
    ['steps out of order', 3, [recordingStep(2), recordingStep(1)]],
    ['a chain that does not start at version 1', 3, [recordingStep(2)]],
    ['a chain that stops short of the current version', 4, [recordingStep(1), recordingStep(2)]],
    ['a chain that goes past the current version', 2, [recordingStep(1), recordingStep(2)]],
    ['no steps while the current version is not the first', 2, []],
  ] as const)('refuses %s', (_label, current, steps) => {
    expect(() => defineMigrations(current, steps)).toThrow(/chain|end at version/);
  });

  it('refuses a current version that is not a whole number from 1', () => {
    expect(() => defineMigrations(0, [])).toThrow();
    expect(() => defineMigrations(1.5, [])).toThrow();
  });

  it('describes the real format: version 1 is current and needs no step', () => {
    expect(FIRST_FORMAT_VERSION).toBe(1);
    expect(FORMAT_MIGRATIONS.currentVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(FORMAT_MIGRATIONS.steps).toHaveLength(CURRENT_FORMAT_VERSION - FIRST_FORMAT_VERSION);
  });
});

describe('migrateDocument', () => {
  const plan = defineMigrations(4, [recordingStep(1), recordingStep(2), recordingStep(3)]);
  const documentOfVersion = (version: number): RawDocument => ({ ...buildDocument(1), version });

  it('applies every step from the file’s version on, in order, and stamps the current version', () => {
    expect(expectOk(migrateDocument(documentOfVersion(1), plan))).toMatchObject({
      version: 4,
      steps: [1, 2, 3],
    });
    expect(expectOk(migrateDocument(documentOfVersion(3), plan))).toMatchObject({ version: 4, steps: [3] });
  });

  it('leaves a current document as it is', () => {
    const document = documentOfVersion(4);
    expect(expectOk(migrateDocument(document, plan))).toEqual(document);
  });

  it('does not change the input', () => {
    const document = Object.freeze(documentOfVersion(1));
    expectOk(migrateDocument(document, plan));
    expect(document).toEqual(documentOfVersion(1));
  });

  it('refuses a newer version than the chain reaches', () => {
    expect(expectError(migrateDocument(documentOfVersion(5), plan))).toEqual({
      kind: 'too-new',
      version: 5,
      supported: 4,
    });
  });

  it('refuses a version that is not a positive whole number', () => {
    expect(expectError(migrateDocument(documentOfVersion(0), plan))).toEqual({
      kind: 'bad-version',
      version: 0,
    });
  });

  it('refuses what is not a map at all before looking at the version', () => {
    expect(expectError(migrateDocument({ format: 'other', version: 99 }, plan))).toEqual({
      kind: 'not-cxmap',
    });
  });

  it('turns a step that fails into a refusal instead of a crash', () => {
    const failing = defineMigrations(2, [
      {
        from: 1,
        to: 2,
        migrate: () => {
          throw new Error('stages missing');
        },
      },
    ]);
    expect(expectError(migrateDocument(documentOfVersion(1), failing))).toMatchObject({
      kind: 'invalid-value',
      path: 'version',
      problem: expect.stringContaining('stages missing') as unknown,
    });
  });

  it('lets a step reshape the document, e.g. renaming a field in every record', () => {
    const renaming = defineMigrations(2, [
      {
        from: 1,
        to: 2,
        migrate: (document) => {
          const map = document['map'] as { items: { title: string }[] };
          return {
            ...document,
            map: { ...map, items: map.items.map(({ title, ...rest }) => ({ ...rest, label: title })) },
          };
        },
      },
    ]);
    const migrated = expectOk(migrateDocument(documentOfVersion(1), renaming)) as {
      map: { items: object[] };
    };
    expect(migrated.map.items[0]).toHaveProperty('label', buildDocument(1).map.items[0]?.title);
    expect(migrated.map.items[0]).not.toHaveProperty('title');
  });
});
