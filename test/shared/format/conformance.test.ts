import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCxmap, writeCxmap } from '../../../shared/format';
import type { FormatError } from '../../../shared/format';
import type { CxDocument } from '../../../shared/model';
import { cxmapFilesIn, expectError, expectOk, ownFixturesDir, readBytes, sharedFixturesDir } from './support';

/**
 * The team's shared fixtures (FORMAT.md): every sample map opens and round-trips, every hostile file
 * gets its specific answer. The folder exists on CI; in a fresh clone the generated cases are empty and
 * the always-running check below still exercises the same assertions on our own fixtures.
 */
const sharedMaps = path.join(sharedFixturesDir, 'maps');
const sharedHostile = path.join(sharedFixturesDir, 'hostile');

type Expectation =
  | { readonly refused: Partial<FormatError> }
  /** Opens, and `check` says what must hold of the opened document and the file's own JSON. */
  | { readonly opens: (document: CxDocument, raw: unknown) => void };

const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** Every string of a value. */
const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsOf);
};

// FORMAT.md: the keys are "never honoured", and every hostile file but xss-text is refused.
const REFUSED_UNPOLLUTED: Expectation = { refused: { kind: 'forbidden-key' } };

/** What each shared hostile file must do; a file not listed here fails the suite until it is added. */
const HOSTILE: Readonly<Record<string, Expectation>> = {
  // Named for what a user thinks it is; it is a PNG image renamed.
  'not-json.cxmap': { refused: { kind: 'binary', looksLike: 'PNG image' } },
  'truncated.cxmap': { refused: { kind: 'not-json' } },
  'future-version.cxmap': { refused: { kind: 'too-new', version: 99, supported: 1 } },
  'dangling-refs.cxmap': {
    refused: {
      kind: 'broken-reference',
      record: { kind: 'item', label: 'Search ad' },
      field: 'stageId',
      target: 'st-does-not-exist',
      targetKind: 'stage',
    },
  },
  'proto-pollution.cxmap': REFUSED_UNPOLLUTED,
  // Markup and script in text are just text: every string is kept exactly as written.
  'xss-text.cxmap': {
    opens: (document, raw) => {
      expect(document).toEqual(raw);
      expect(stringsOf(document).some((text) => text.includes('<script>'))).toBe(true);
    },
  },
};

const expectOpensAndRoundTrips = (bytes: Uint8Array): CxDocument => {
  const document = expectOk(readCxmap(bytes));
  const written = writeCxmap(document);
  const reread = expectOk(readCxmap(written));
  expect(reread).toEqual(document);
  expect(writeCxmap(reread)).toBe(written);
  return document;
};

const checkHostile = (bytes: Uint8Array, expectation: Expectation): void => {
  if ('refused' in expectation) {
    expect(expectError(readCxmap(bytes))).toMatchObject(expectation.refused);
    // Refusing is not enough: reading must not have polluted anything on the way.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  } else {
    const document = expectOpensAndRoundTrips(bytes);
    expectation.opens(document, JSON.parse(textOf(bytes)) as unknown);
  }
};

// Runs where the team's shared fixtures sit beside the repo (CI); a bare clone has none to run.
describe.runIf(existsSync(sharedMaps))('shared sample maps', () => {
  it.each(cxmapFilesIn(sharedMaps))('%s opens, equals its JSON and round-trips byte-stably', (name) => {
    const bytes = readBytes(sharedMaps, name);
    expect(expectOpensAndRoundTrips(bytes)).toEqual(JSON.parse(textOf(bytes)));
  });
});

describe('shared hostile files', () => {
  const files = cxmapFilesIn(sharedHostile);

  // Without the shared folder there are no files, so nothing can lack an expectation.
  it('has an expectation for every file', () => {
    expect(files.filter((name) => HOSTILE[name] === undefined)).toEqual([]);
  });

  it.each(files.filter((name) => HOSTILE[name] !== undefined))('%s gets its specific answer', (name) => {
    const expectation = HOSTILE[name];
    if (expectation !== undefined) checkHostile(readBytes(sharedHostile, name), expectation);
  });
});

describe('the conformance checks themselves', () => {
  it('work on our own fixtures, with or without the shared folder', () => {
    const mapsDir = path.join(ownFixturesDir, 'maps');
    for (const name of cxmapFilesIn(mapsDir)) expectOpensAndRoundTrips(readBytes(mapsDir, name));
    const hostileDir = path.join(ownFixturesDir, 'hostile');
    checkHostile(readBytes(hostileDir, 'proto-pollution.cxmap'), REFUSED_UNPOLLUTED);
    checkHostile(readBytes(hostileDir, 'future-version.cxmap'), { refused: { kind: 'too-new' } });
    checkHostile(readBytes(hostileDir, 'dangling-stage-ref.cxmap'), {
      refused: { kind: 'broken-reference', field: 'stageId' },
    });
  });
});
