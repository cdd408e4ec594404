import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, MAX_NESTING_DEPTH, readCxmap, writeCxmap } from '../../../shared/format';
import type { FormatError } from '../../../shared/format';
import type { CxDocument } from '../../../shared/model';
import { buildDocument, cxmapFilesIn, expectError, expectOk, ownFixturesDir, readBytes } from './support';

const mapsDir = path.join(ownFixturesDir, 'maps');
const encodingsDir = path.join(mapsDir, 'encodings');
const hostileDir = path.join(ownFixturesDir, 'hostile');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** Reads, writes and reads again: what a save followed by a re-open does to a map. */
const expectRoundTrip = (first: CxDocument): void => {
  const written = writeCxmap(first);
  const second = expectOk(readCxmap(written));
  expect(second).toEqual(first);
  expect(writeCxmap(second)).toBe(written);
};

describe('our sample maps', () => {
  const files = cxmapFilesIn(mapsDir);

  it('has the samples the other suites rely on', () => {
    expect(files).toEqual(expect.arrayContaining(['minimal.cxmap', 'rich.cxmap', 'multilingual.cxmap']));
  });

  describe.each(files)('%s', (name) => {
    const bytes = readBytes(mapsDir, name);

    it('opens with exactly the content of the file, unknown properties included', () => {
      expect(expectOk(readCxmap(bytes))).toEqual(JSON.parse(textOf(bytes)));
    });

    it('opens the same from text as from bytes', () => {
      expect(readCxmap(textOf(bytes))).toEqual(readCxmap(bytes));
    });

    it('survives a save and re-open unchanged, and saves byte-identically', () => {
      expectRoundTrip(expectOk(readCxmap(bytes)));
    });
  });

  it('keeps text in any script as written, unescaped in the saved file', () => {
    const bytes = readBytes(mapsDir, 'multilingual.cxmap');
    const document = expectOk(readCxmap(bytes));
    const raw = JSON.parse(textOf(bytes)) as { map: { title: string; items: { title: string }[] } };
    expect(document.map.title).toBe(raw.map.title);
    expect(document.map.items.map((item) => item.title)).toEqual(raw.map.items.map((item) => item.title));
    const written = writeCxmap(document);
    for (const item of raw.map.items) expect(written).toContain(item.title);
  });
});

describe('maps in other encodings', () => {
  const reference = expectOk(readCxmap(readBytes(encodingsDir, 'utf8-bom.cxmap')));

  it.each(cxmapFilesIn(encodingsDir))('%s opens as the same map', (name) => {
    expect(expectOk(readCxmap(readBytes(encodingsDir, name)))).toEqual(reference);
  });

  it('accepts a BOM at the start of text input too', () => {
    expect(expectOk(readCxmap(`\uFEFF${writeCxmap(reference)}`))).toEqual(reference);
  });

  it('writes UTF-8 without a BOM, whatever the file was read from', () => {
    expect(writeCxmap(reference).startsWith('{')).toBe(true);
  });
});

describe('our hostile files', () => {
  /** What each file must be refused with, by name; every file in the folder must have an entry. */
  const EXPECTED: Readonly<Record<string, Partial<FormatError>>> = {
    'array.cxmap': { kind: 'not-cxmap' },
    'bad-version.cxmap': { kind: 'bad-version', version: '1' },
    'dangling-link.cxmap': {
      kind: 'broken-reference',
      record: { kind: 'link', label: 'lk-3' },
      field: 'to',
      target: 'nowhere',
      targetKind: 'item',
      path: 'map.links[2].to',
    },
    'dangling-stage-ref.cxmap': {
      kind: 'broken-reference',
      record: { kind: 'item', label: 'Search ad' },
      field: 'stageId',
      target: 'st-does-not-exist',
      targetKind: 'stage',
      path: 'map.items[0].stageId',
    },
    'deep-nesting.cxmap': { kind: 'too-deep', limit: MAX_NESTING_DEPTH },
    'duplicate-ids.cxmap': { kind: 'duplicate-id', id: 'st-order', path: 'map.items[2].id' },
    'emotion-out-of-range.cxmap': {
      kind: 'invalid-value',
      path: 'map.items[2].emotion',
      problem: 'must be between 1 and 5',
      record: { kind: 'item', label: 'Basket' },
    },
    'empty.cxmap': { kind: 'empty' },
    'future-version.cxmap': { kind: 'too-new', version: 7, supported: 1 },
    'missing-title.cxmap': {
      kind: 'invalid-value',
      path: 'map.items[1].title',
      problem: 'is missing',
      record: { kind: 'item', label: 'tp-landing' },
    },
    'null.cxmap': { kind: 'not-cxmap' },
    'other-format.cxmap': { kind: 'not-cxmap' },
    'plain-text.cxmap': { kind: 'not-json', line: 1, column: 1 },
    'truncated.cxmap': { kind: 'not-json' },
    'unknown-item-kind.cxmap': {
      kind: 'invalid-value',
      path: 'map.items[1].kind',
      problem: 'must be one of: touchpoint, friction, magic, opportunity, note',
      record: { kind: 'item', label: 'Landing page' },
    },
    'wrong-type.cxmap': {
      kind: 'invalid-value',
      path: 'map.items[3].order',
      problem: 'must be a number, not text',
      record: { kind: 'item', label: 'Surprise delivery fee' },
    },
  };
  /** Checked on its own below: refused, and nothing polluted on the way. */
  const OPENS = new Set(['proto-pollution.cxmap']);

  const files = cxmapFilesIn(hostileDir);

  it('has an expectation for every file in the folder', () => {
    expect(files.filter((name) => EXPECTED[name] === undefined && !OPENS.has(name))).toEqual([]);
  });

  it.each(files.filter((name) => !OPENS.has(name)))('refuses %s with its specific problem', (name) => {
    expect(expectError(readCxmap(readBytes(hostileDir, name)))).toMatchObject(EXPECTED[name] ?? {});
  });

  it('reports where a truncated file stops: the last line', () => {
    const bytes = readBytes(hostileDir, 'truncated.cxmap');
    const lines = textOf(bytes).split('\n');
    expect(expectError(readCxmap(bytes))).toMatchObject({
      kind: 'not-json',
      line: lines.length,
      column: (lines.at(-1) ?? '').length + 1,
    });
  });

  describe('proto-pollution.cxmap', () => {
    const bytes = readBytes(hostileDir, 'proto-pollution.cxmap');

    it('is refused, naming the first forbidden key and where it stands', () => {
      expect(expectError(readCxmap(bytes))).toMatchObject({
        kind: 'forbidden-key',
        key: 'prototype',
        path: 'prototype',
      });
    });

    it('touches no prototype while being read', () => {
      readCxmap(bytes);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });
  });
});

describe('files that are not text', () => {
  const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
    [
      'PNG image',
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52],
    ],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]],
    ['GIF image', [...utf8('GIF89a'), 0x01, 0x00, 0x01, 0x00]],
    ['GIF image', [...utf8('GIF87a'), 0x01, 0x00, 0x01, 0x00]],
    ['PDF document', [...utf8('%PDF-1.7\n'), 0xe2, 0xe3, 0xcf, 0xd3]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]],
  ];

  it.each(SIGNATURES)('names a %s', (looksLike, bytes) => {
    expect(expectError(readCxmap(Uint8Array.from(bytes)))).toEqual({ kind: 'binary', looksLike });
  });

  it('refuses invalid UTF-8 as binary of unknown kind', () => {
    const bytes = Uint8Array.from([...utf8('{"format": "cxmap", "title": "'), 0xc3, 0x28, ...utf8('"}')]);
    expect(expectError(readCxmap(bytes))).toEqual({ kind: 'binary', looksLike: null });
  });

  it('refuses text with a NUL byte as binary, from bytes and from text', () => {
    const text = writeCxmap(buildDocument()).replace('"title"', '"ti\u0000tle"');
    expect(expectError(readCxmap(utf8(text)))).toEqual({ kind: 'binary', looksLike: null });
    expect(expectError(readCxmap(text))).toEqual({ kind: 'binary', looksLike: null });
  });

  it('refuses UTF-16 that breaks off in the middle of a character', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d]);
    expect(expectError(readCxmap(bytes))).toEqual({ kind: 'binary', looksLike: null });
  });
});

describe('empty files', () => {
  it.each([
    ['no bytes', new Uint8Array(0)],
    ['only white space', utf8(' \n\t\r\n ')],
    ['only a BOM', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['an empty string', ''],
  ] as const)('refuses %s as empty', (_label, input) => {
    expect(expectError(readCxmap(input))).toEqual({ kind: 'empty' });
  });
});

describe('size limit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses a 60 MB file without decoding it', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const bytes = new Uint8Array(60 * 1024 * 1024).fill(0x20);
    expect(expectError(readCxmap(bytes))).toEqual({
      kind: 'too-large',
      bytes: bytes.byteLength,
      limit: MAX_FILE_BYTES,
    });
    expect(decode).not.toHaveBeenCalled();
  });

  it('reads a file of exactly the limit', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES).fill(0x20);
    // Only white space, so it is refused as empty: proof that the size check let it through.
    expect(expectError(readCxmap(bytes))).toEqual({ kind: 'empty' });
  });

  it('measures text input in UTF-8 bytes, not characters', () => {
    const characters = Math.floor(MAX_FILE_BYTES / 2) + 1;
    const text = 'é'.repeat(characters);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(expectError(readCxmap(text))).toEqual({
      kind: 'too-large',
      bytes: characters * 2,
      limit: MAX_FILE_BYTES,
    });
  });
});

describe('nesting depth', () => {
  const documentNestedTo = (depth: number): string => {
    // The document is level 1 and the map level 2, so the unknown property adds the rest.
    const extra = depth - 2;
    return writeCxmap(buildDocument(1)).replace(
      '"map": {',
      `"map": {"x-deep": ${'['.repeat(extra)}${']'.repeat(extra)},`,
    );
  };

  it(`opens a map nested exactly ${MAX_NESTING_DEPTH} levels deep`, () => {
    expectOk(readCxmap(documentNestedTo(MAX_NESTING_DEPTH)));
  });

  it('refuses one level deeper', () => {
    expect(expectError(readCxmap(documentNestedTo(MAX_NESTING_DEPTH + 1)))).toEqual({
      kind: 'too-deep',
      limit: MAX_NESTING_DEPTH,
    });
  });

  it.each([
    ['arrays', '['.repeat(200_000) + ']'.repeat(200_000)],
    ['objects', '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000)],
    ['unclosed arrays', '['.repeat(200_000)],
  ])('refuses 200,000 nested %s quickly, without a stack overflow', (_label, text) => {
    const started = performance.now();
    expect(expectError(readCxmap(text))).toEqual({ kind: 'too-deep', limit: MAX_NESTING_DEPTH });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses deep nesting before JSON.parse builds anything', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(expectError(readCxmap('['.repeat(MAX_NESTING_DEPTH + 1)))).toMatchObject({ kind: 'too-deep' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const document = buildDocument(1);
    const title = `${'['.repeat(500)} "quoted [{" \\ ${'{'.repeat(500)}`;
    const opened = expectOk(readCxmap(writeCxmap({ ...document, map: { ...document.map, title } })));
    expect(opened.map.title).toBe(title);
  });
});

describe('text that is not JSON', () => {
  /** 1-based line and column of an offset, counted independently of the reader. */
  const positionOf = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
  };

  it.each([
    ['a trailing comma', '{\n  "format": "cxmap",\n  "version": 1,\n}\n', '}'],
    ['a misspelt literal', '{\n  "format": "cxmap",\n  "draft": tru\n}\n', '\n}'],
    ['a missing colon', '{\n  "format" "cxmap"\n}', '"cxmap"'],
    ['a word instead of JSON', 'hello', 'hello'],
    ['text after the document', '{"format": "cxmap"}\n{"again": true}', '{"again'],
  ])('points at %s', (_label, text, marker) => {
    expect(expectError(readCxmap(text))).toMatchObject({
      kind: 'not-json',
      ...positionOf(text, text.lastIndexOf(marker)),
    });
  });

  it("passes on the parser's own words as the technical detail", () => {
    const error = expectError(readCxmap('{"format": }'));
    expect(error.kind === 'not-json' && error.detail.length > 0).toBe(true);
  });
});

describe('any input', () => {
  const valid = writeCxmap(buildDocument(4));

  it('never throws for arbitrary bytes or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 200 })), (input) => {
        expect(typeof readCxmap(input).ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  it('never throws for a valid map cut short, spliced or with a character replaced', () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length - 1 }), fc.string({ maxLength: 3 }), (at, insert) => {
        for (const variant of [valid.slice(0, at), valid.slice(0, at) + insert + valid.slice(at + 1)]) {
          const result = readCxmap(variant);
          if (result.ok) expect(writeCxmap(result.value).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses arbitrary JSON that is not a map, without throwing', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        expect(readCxmap(text).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
