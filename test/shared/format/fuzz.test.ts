import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_NESTING_DEPTH,
  readCxmap,
  validateDocument,
  writeCxmap,
} from '../../../shared/format';
import type { FormatError } from '../../../shared/format';
import { describeFormatError } from '../../../renderer/src/i18n/describeErrors';
import {
  buildDocument,
  cxmapFilesIn,
  expectError,
  expectOk,
  ownFixturesDir,
  readBytes,
  sharedFixturesDir,
} from './support';

/**
 * Fuzzing the reader (issue "Hardening", item 3). Structured mutations of a valid, rich map — fields
 * deleted, types swapped, references broken, unicode edge cases, deep nesting, huge arrays, forbidden
 * keys — and for every one the reader must: not throw, not pollute a prototype, and either return a
 * document that validates and round-trips, or an error a user can read. Each case is bounded in size,
 * so none can hang; the test timeout is the backstop.
 */

const FORMAT_ERROR_KINDS: ReadonlySet<FormatError['kind']> = new Set([
  'too-large',
  'empty',
  'binary',
  'not-json',
  'too-deep',
  'forbidden-key',
  'not-cxmap',
  'too-new',
  'bad-version',
  'invalid-value',
  'duplicate-id',
  'broken-reference',
]);

const richText = new TextDecoder().decode(readBytes(path.join(ownFixturesDir, 'maps'), 'rich.cxmap'));
const rich = JSON.parse(richText) as unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** Every path into a JSON value, the root included, in a stable order. */
const pathsOf = (value: unknown, at: Segment[] = []): Segment[][] => {
  const own: Segment[][] = [at];
  if (Array.isArray(value))
    return own.concat(value.flatMap((child, index) => pathsOf(child, [...at, index])));
  if (typeof value === 'object' && value !== null) {
    return own.concat(Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...at, key])));
  }
  return own;
};
const richPaths = pathsOf(rich).filter((segments) => segments.length > 0);
/** Strings that are record ids: what references point at, and what a broken reference replaces. */
const richIds = [...richText.matchAll(/"id": "([^"]+)"/g)].map((match) => match[1] ?? '');

const UNICODE_EDGES = [
  '',
  '\u0000',
  '\uD800', // a lone high surrogate
  '\uDFFF', // a lone low surrogate
  '\uFEFF',
  '\u202E right-to-left override',
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u2028\u2029',
  '𝕏'.repeat(1000),
  'a'.repeat(100_000),
  '<script>window.__pwned = 1</script>',
  '{"__proto__": {"polluted": true}}',
];

type Mutation =
  | { readonly kind: 'delete' }
  | { readonly kind: 'replace'; readonly value: Json }
  | { readonly kind: 'unicode'; readonly text: string }
  | { readonly kind: 'broken-reference'; readonly target: string }
  | { readonly kind: 'duplicate-id'; readonly id: string }
  | { readonly kind: 'nest'; readonly depth: number }
  | { readonly kind: 'huge-array'; readonly length: number }
  | { readonly kind: 'forbidden-key'; readonly key: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.jsonValue({ maxDepth: 2 }).map((value): Mutation => ({ kind: 'replace', value: value as Json })),
  fc
    .oneof(fc.constantFrom(...UNICODE_EDGES), fc.string({ unit: 'binary', maxLength: 20 }))
    .map((text): Mutation => ({ kind: 'unicode', text })),
  fc
    .oneof(fc.constantFrom('nowhere', '', ' ', '__proto__'), fc.string({ maxLength: 8 }))
    .map((target): Mutation => ({ kind: 'broken-reference', target })),
  fc.constantFrom(...richIds).map((id): Mutation => ({ kind: 'duplicate-id', id })),
  fc.integer({ min: 1, max: 200 }).map((depth): Mutation => ({ kind: 'nest', depth })),
  fc.integer({ min: 1_000, max: 100_000 }).map((length): Mutation => ({ kind: 'huge-array', length })),
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .map((key): Mutation => ({ kind: 'forbidden-key', key })),
);

const nested = (depth: number): Json => {
  let value: Json = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { x: value };
  return value;
};

/** The value a mutation puts in place of `current`; `undefined` deletes it. */
const replacementFor = (mutation: Mutation, current: unknown): Json | undefined => {
  switch (mutation.kind) {
    case 'delete':
      return undefined;
    case 'replace':
      return mutation.value;
    case 'unicode':
      return mutation.text;
    case 'broken-reference':
      return typeof current === 'string' ? mutation.target : [mutation.target];
    case 'duplicate-id':
      return mutation.id;
    case 'nest':
      return nested(mutation.depth);
    case 'huge-array':
      return Array.from({ length: mutation.length }, (_, index) => (index % 2 === 0 ? index : 'x'));
    case 'forbidden-key':
      // Written into the text below, where JSON.parse makes it an own key, as a file would.
      return { [`${mutation.key}-marker`]: { polluted: true } };
  }
};

/** The rich map with one mutation applied at one path, as the text of a file. */
const mutatedText = (segments: readonly Segment[], mutation: Mutation): string => {
  const copy = structuredClone(rich) as Record<Segment, unknown>;
  let parent: Record<Segment, unknown> = copy;
  for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<Segment, unknown>;
  const last = segments[segments.length - 1] ?? 'map';
  const replacement = replacementFor(mutation, parent[last]);
  if (replacement === undefined) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    parent[last] = replacement;
  }
  const text = JSON.stringify(copy, null, 2);
  return mutation.kind === 'forbidden-key'
    ? text.replace(`"${mutation.key}-marker"`, `"${mutation.key}"`)
    : text;
};

const prototypeNames = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeNames();

/** What must hold of the reader for any input at all. */
const expectSafeRead = (input: string | Uint8Array): void => {
  let result: ReturnType<typeof readCxmap> | undefined;
  expect(() => {
    result = readCxmap(input);
  }).not.toThrow();
  expect(prototypeNames()).toEqual(cleanPrototype);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  if (result === undefined) return;
  if (result.ok) {
    // Accepted means valid: it validates again and survives a save and re-open unchanged.
    expect(validateDocument(result.value).ok).toBe(true);
    expect(expectOk(readCxmap(writeCxmap(result.value)))).toEqual(result.value);
  } else {
    expect(FORMAT_ERROR_KINDS.has(result.error.kind)).toBe(true);
    // Clear: the sentence a user sees names the file and has nothing a programmer left in it.
    const sentence = describeFormatError(result.error, 'fuzzed.cxmap');
    expect(sentence).toContain('fuzzed.cxmap');
    // The file's own values are quoted (“…”) or bracketed ((…)) and may be anything, "{0}" or "NaN"
    // included: only the app's words around them must be free of programmer leftovers.
    const ownWords = sentence.replace(/“[^”]*”|\([^)]*\)/g, '');
    expect(ownWords).not.toMatch(/undefined|\[object Object\]|NaN|\{\w+\}/);
  }
};

describe('fuzzing: random mutations of a valid rich map', () => {
  it('never throws, never pollutes a prototype, and accepts only valid documents', () => {
    fc.assert(
      fc.property(fc.constantFrom(...richPaths), mutationArb, (segments, mutation) => {
        expectSafeRead(mutatedText(segments, mutation));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('survives several mutations stacked on one map', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...richPaths), mutationArb), { minLength: 2, maxLength: 5 }),
        (steps) => {
          let text = richText;
          for (const [segments, mutation] of steps) {
            // Each step mutates the previous result where the path still exists, else the original.
            const before = JSON.parse(text) as unknown;
            const stillThere = pathsOf(before).some(
              (candidate) => candidate.join('\u0001') === segments.join('\u0001'),
            );
            text = stillThere ? mutatedText(segments, mutation) : text;
          }
          expectSafeRead(text);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('reads the same from UTF-8 bytes, UTF-16 bytes and text', () => {
    const utf16le = (text: string): Uint8Array => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let index = 0; index < text.length; index += 1) {
        const unit = text.charCodeAt(index);
        bytes[2 + index * 2] = unit & 0xff;
        bytes[3 + index * 2] = unit >> 8;
      }
      return bytes;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...richPaths),
        mutationArb.filter((mutation) => mutation.kind !== 'huge-array'),
        (segments, mutation) => {
          const text = mutatedText(segments, mutation);
          const fromText = readCxmap(text);
          expectSafeRead(utf16le(text));
          // Lone surrogates cannot survive UTF-8, so only texts that can are compared across encodings.
          if (new TextDecoder().decode(new TextEncoder().encode(text)) === text) {
            expect(readCxmap(new TextEncoder().encode(text))).toEqual(fromText);
            expect(readCxmap(utf16le(text))).toEqual(fromText);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

/**
 * The one place that lists the edge cases the issue names, each with its expected answer. Some are
 * also covered in more depth elsewhere (read.test.ts, conformance.test.ts); this list is the checklist.
 */
describe('edge cases listed in the hardening issue', () => {
  const hostileDir = path.join(ownFixturesDir, 'hostile');
  const encodingsDir = path.join(ownFixturesDir, 'maps', 'encodings');
  const duplicated = (() => {
    const document = buildDocument(3);
    const [first, second, ...rest] = document.map.items;
    if (first === undefined || second === undefined) throw new Error('buildDocument(3) has three items');
    return writeCxmap({
      ...document,
      map: { ...document.map, items: [first, { ...second, id: first.id }, ...rest] },
    });
  })();

  const CASES: readonly (readonly [string, () => string | Uint8Array, Partial<FormatError> | 'opens'])[] = [
    [
      '60 MB file',
      () => new Uint8Array(60 * 1024 * 1024).fill(0x20),
      { kind: 'too-large', bytes: 60 * 1024 * 1024, limit: MAX_FILE_BYTES },
    ],
    [
      '200,000-deep arrays',
      () => '['.repeat(200_000) + ']'.repeat(200_000),
      { kind: 'too-deep', limit: MAX_NESTING_DEPTH },
    ],
    ['200,000-deep objects', () => '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000), { kind: 'too-deep' }],
    ['UTF-16 LE file with BOM', () => readBytes(encodingsDir, 'utf16le-bom.cxmap'), 'opens'],
    ['UTF-16 BE file with BOM', () => readBytes(encodingsDir, 'utf16be-bom.cxmap'), 'opens'],
    [
      'UTF-16 cut in the middle of a character',
      () => Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d]),
      { kind: 'binary' },
    ],
    ['empty file', () => new Uint8Array(0), { kind: 'empty' }],
    ['empty fixture', () => readBytes(hostileDir, 'empty.cxmap'), { kind: 'empty' }],
    ['null', () => 'null', { kind: 'not-cxmap' }],
    ['null fixture', () => readBytes(hostileDir, 'null.cxmap'), { kind: 'not-cxmap' }],
    ['a bare JSON string', () => '"cxmap"', { kind: 'not-cxmap' }],
    ['duplicate item ids', () => duplicated, { kind: 'duplicate-id', id: 'it-0', path: 'map.items[1].id' }],
    ['duplicate ids fixture', () => readBytes(hostileDir, 'duplicate-ids.cxmap'), { kind: 'duplicate-id' }],
    [
      'prototype pollution fixture',
      () => readBytes(hostileDir, 'proto-pollution.cxmap'),
      { kind: 'forbidden-key' },
    ],
    [
      '__proto__ in a record',
      () => writeCxmap(buildDocument(1)).replace('"title":', '"__proto__": {"polluted": true}, "title":'),
      { kind: 'forbidden-key', key: '__proto__' },
    ],
  ];

  it.each(CASES)('%s', (_label, input, expected) => {
    const bytes = input();
    expectSafeRead(bytes);
    if (expected === 'opens') expectOk(readCxmap(bytes));
    else expect(expectError(readCxmap(bytes))).toMatchObject(expected);
  });

  // The shared hostile folder (../shared/fixtures/hostile) is checked file by file in
  // conformance.test.ts; here every file there, present or future, must at least read safely.
  it('reads every shared hostile file safely', () => {
    const folder = path.join(sharedFixturesDir, 'hostile');
    for (const name of cxmapFilesIn(folder)) expectSafeRead(readBytes(folder, name));
  });
});
