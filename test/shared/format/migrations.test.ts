import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, readCxmap } from '../../../shared/format';
import {
  FIRST_FORMAT_VERSION,
  FORMAT_MIGRATIONS,
  defineMigrations,
  migrateDocument,
  type Migration,
  type RawDocument,
} from '../../../shared/format/migrations';
import { buildDocument, cxmapFilesIn, expectError, expectOk, ownFixturesDir, readBytes } from './support';

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

/**
 * One frozen fixture per past format version (`test/fixtures/versions/v<N>.cxmap`), written by the
 * app of that version and never edited again, with what it must read as today
 * (`v<N>.expected.json`, a current-version document). When the format moves to version N+1: add the
 * step, freeze a `v<N+1>.cxmap` once it ships, and update every `.expected.json` to the new version.
 */
describe('frozen fixtures of every format version', () => {
  const versionsDir = path.join(ownFixturesDir, 'versions');
  const fixtureVersions = cxmapFilesIn(versionsDir)
    .map((name) => /^v(\d+)\.cxmap$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number)
    .sort((a, b) => a - b);

  /** A fixture is frozen: its bytes may not change, or an old file the app must read is lost. */
  const FROZEN_SHA256: Readonly<Record<number, string>> = {
    1: 'ce444f64d8e5de4d271c9094ad5e943b2153bccf4c881ab4a116cd3a072ff388',
  };

  it('has a fixture for every version from the first to the current one, and nothing else', () => {
    const expected = Array.from(
      { length: CURRENT_FORMAT_VERSION - FIRST_FORMAT_VERSION + 1 },
      (_, index) => FIRST_FORMAT_VERSION + index,
    );
    expect(fixtureVersions).toEqual(expected);
    expect(cxmapFilesIn(versionsDir)).toEqual(expected.map((version) => `v${version}.cxmap`));
  });

  // The guard: a migration step no fixture runs through fails the suite until its fixture is frozen.
  it('has a fixture for the `from` version of every migration step', () => {
    for (const step of FORMAT_MIGRATIONS.steps) {
      expect(existsSync(path.join(versionsDir, `v${step.from}.cxmap`)), `v${step.from}.cxmap`).toBe(true);
    }
  });

  it.each(fixtureVersions)('v%i.cxmap is frozen: its bytes are the ones recorded', (version) => {
    const digest = createHash('sha256')
      .update(readBytes(versionsDir, `v${version}.cxmap`))
      .digest('hex');
    expect(digest).toBe(FROZEN_SHA256[version]);
  });

  it.each(fixtureVersions)('v%i.cxmap declares its own version', (version) => {
    const raw = JSON.parse(new TextDecoder().decode(readBytes(versionsDir, `v${version}.cxmap`))) as {
      version: unknown;
    };
    expect(raw.version).toBe(version);
  });

  it.each(fixtureVersions)('v%i.cxmap reads as the expected current-version document', (version) => {
    const expected = JSON.parse(
      new TextDecoder().decode(readBytes(versionsDir, `v${version}.expected.json`)),
    ) as { version: unknown };
    const document = expectOk(readCxmap(readBytes(versionsDir, `v${version}.cxmap`)));
    expect(expected.version).toBe(CURRENT_FORMAT_VERSION);
    expect(document).toEqual(expected);
  });

  it('runs every migration step at least once across the fixtures', () => {
    const ran = new Set<number>();
    const spied = defineMigrations(
      FORMAT_MIGRATIONS.currentVersion,
      FORMAT_MIGRATIONS.steps.map((step) => ({
        ...step,
        migrate: (document: RawDocument) => {
          ran.add(step.from);
          return step.migrate(document);
        },
      })),
    );
    for (const version of fixtureVersions) {
      const raw = JSON.parse(
        new TextDecoder().decode(readBytes(versionsDir, `v${version}.cxmap`)),
      ) as unknown;
      expectOk(migrateDocument(raw, spied));
    }
    expect([...ran].sort((a, b) => a - b)).toEqual(FORMAT_MIGRATIONS.steps.map((step) => step.from));
  });
});
