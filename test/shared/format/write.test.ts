import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCxmap, serializeCxmap, validateDocument, writeCxmap } from '../../../shared/format';
import { printInLayoutOrder } from '../../../shared/format/write';
import type { CxDocument } from '../../../shared/model';
import { buildDocument, expectError, expectOk, ownFixturesDir, readBytes } from './support';

const rich = (): CxDocument =>
  expectOk(readCxmap(readBytes(path.join(ownFixturesDir, 'maps'), 'rich.cxmap')));

/** FORMAT.md's field order, record by record: the order a reviewer reads a diff in. */
const FORMAT_ORDER = {
  document: ['format', 'version', 'map', 'history'],
  map: [
    'id',
    'title',
    'description',
    'createdAt',
    'updatedAt',
    'personas',
    'stages',
    'lanes',
    'items',
    'links',
    'metrics',
    'quotes',
  ],
  persona: ['id', 'name', 'segment', 'goals', 'needs', 'frustrations'],
  stage: ['id', 'name', 'goal', 'description'],
  lane: ['id', 'name', 'kind'],
  item: [
    'id',
    'kind',
    'stageId',
    'laneId',
    'order',
    'title',
    'description',
    'channel',
    'owner',
    'personaIds',
    'emotion',
    'effort',
    'success',
    'severity',
    // Version 1 extensions (docs/FORMAT-EXTENSIONS.md), after FORMAT.md's own fields.
    'evidence',
    'impact',
    'deliveryEffort',
    'status',
    'addressesItemIds',
  ],
  link: ['id', 'from', 'to', 'label'],
  metric: [
    'id',
    'kind',
    'name',
    'value',
    'unit',
    'target',
    'takenAt',
    'itemId',
    'stageId',
    'sampleSize',
    'source',
    'direction',
  ],
  quote: ['id', 'text', 'source', 'capturedAt', 'sentiment', 'personaId', 'itemIds'],
  revision: ['id', 'parentId', 'createdAt', 'label', 'author', 'map'],
} as const;

/** Keys in the order they appear in written text (JSON.parse would reorder index-like keys). */
const keysAsWritten = (text: string, indent: string): string[] =>
  [...text.matchAll(new RegExp(`^${indent}"([^"]+)":`, 'gm'))].map((match) => match[1] ?? '');

/** Known keys in FORMAT.md order, then the unknown ones in sorted order. */
const expectedOrder = (keys: readonly string[], known: readonly string[]): string[] => [
  ...known.filter((key) => keys.includes(key)),
  ...keys.filter((key) => !known.includes(key)).sort(),
];

/** The same data with every object's keys inserted in reverse order. */
const reverseKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reverseKeys(child)]),
  );
};

describe('writeCxmap layout', () => {
  it('is 2-space indented JSON with a trailing newline', () => {
    const written = writeCxmap(rich());
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
    expect(written.endsWith('}\n')).toBe(true);
  });

  it('writes every record’s known keys in FORMAT.md order, then unknown ones sorted', () => {
    const document = rich();
    const parsed = JSON.parse(writeCxmap(document)) as Record<string, unknown> & {
      map: Record<string, unknown> &
        Record<'personas' | 'stages' | 'lanes' | 'items' | 'links' | 'metrics' | 'quotes', object[]>;
      history: (Record<string, unknown> & { map: object })[];
    };
    const check = (record: object, known: readonly string[]) => {
      const keys = Object.keys(record);
      expect(keys).toEqual(expectedOrder(keys, known));
    };
    check(parsed, FORMAT_ORDER.document);
    check(parsed.map, FORMAT_ORDER.map);
    const collections = [
      ['personas', FORMAT_ORDER.persona],
      ['stages', FORMAT_ORDER.stage],
      ['lanes', FORMAT_ORDER.lane],
      ['items', FORMAT_ORDER.item],
      ['links', FORMAT_ORDER.link],
      ['metrics', FORMAT_ORDER.metric],
      ['quotes', FORMAT_ORDER.quote],
    ] as const;
    for (const [collection, known] of collections) {
      expect(parsed.map[collection].length).toBeGreaterThan(0);
      for (const record of parsed.map[collection]) check(record, known);
    }
    for (const revision of parsed.history) {
      check(revision, FORMAT_ORDER.revision);
      check(revision.map, FORMAT_ORDER.map);
    }
  });

  it('sorts the keys of unknown properties at every depth', () => {
    const document = buildDocument(1);
    const written = writeCxmap({
      ...document,
      map: { ...document.map, 'x-tool': { zeta: 1, alpha: { b: 2, a: [{ y: 1, x: 2 }] } } },
    });
    const extra = (JSON.parse(written) as { map: { 'x-tool': { alpha: { a: object[] } } } }).map['x-tool'];
    expect(Object.keys(extra)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(extra.alpha)).toEqual(['a', 'b']);
    expect(Object.keys(extra.alpha.a[0] ?? {})).toEqual(['x', 'y']);
  });

  it('keeps the order for keys that look like array indices, which JavaScript objects cannot', () => {
    const document = buildDocument(1);
    const item = {
      ...document.map.items[0],
      '9': 'nine',
      '10': 'ten',
      zulu: 'z',
    } as CxDocument['map']['items'][number];
    const written = writeCxmap({ ...document, map: { ...document.map, items: [item] } });
    const itemsText = written.slice(written.indexOf('"items": ['), written.indexOf('"links": ['));
    const itemKeys = keysAsWritten(itemsText, ' {8}');
    expect(itemKeys).toEqual(expectedOrder(itemKeys, FORMAT_ORDER.item));
    expect(itemKeys.slice(-3)).toEqual(['10', '9', 'zulu']);
    expect(expectOk(readCxmap(written)).map.items[0]).toEqual(item);
  });

  it('gives the same text whichever printer it uses', () => {
    const document = rich();
    expect(writeCxmap(document)).toBe(`${printInLayoutOrder(document)}\n`);
  });

  it('keeps arrays in document order', () => {
    const document = buildDocument(5);
    const reversed: CxDocument = {
      ...document,
      map: { ...document.map, items: [...document.map.items].reverse() },
    };
    const titles = (text: string) => (JSON.parse(text) as CxDocument).map.items.map((item) => item.title);
    expect(titles(writeCxmap(reversed))).toEqual(reversed.map.items.map((item) => item.title));
    expect(writeCxmap(reversed)).not.toBe(writeCxmap(document));
  });

  it('leaves out properties that are undefined', () => {
    const document = buildDocument(2);
    const withUndefined: CxDocument = { ...document, map: { ...document.map, description: undefined } };
    expect(writeCxmap(withUndefined)).toBe(writeCxmap(document));
  });

  it('writes non-ASCII text as itself, so diffs stay readable', () => {
    const document = buildDocument(1);
    const title = 'Café → 顧客 🧭 שלום';
    expect(writeCxmap({ ...document, map: { ...document.map, title } })).toContain(`"title": "${title}"`);
  });
});

const FORBIDDEN_KEY = /"(__proto__|constructor|prototype)":/;

describe('writeCxmap determinism', () => {
  it('gives identical bytes however the objects were built', () => {
    const document = rich();
    expect(writeCxmap(reverseKeys(document) as CxDocument)).toBe(writeCxmap(document));
  });

  it('gives identical bytes on every call', () => {
    const document = rich();
    expect(writeCxmap(document)).toBe(writeCxmap(document));
  });

  it('round-trips unknown properties of any JSON value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 8 }),
          // Keys FORMAT.md says are never honoured make the reader refuse the file (tested elsewhere).
          fc.jsonValue({ maxDepth: 4 }).filter((value) => !FORBIDDEN_KEY.test(JSON.stringify(value) ?? '')),
          { maxKeys: 5 },
        ),
        (extra) => {
          const base = buildDocument(2);
          const keys = Object.keys(extra).filter((key) => !(key in base.map));
          const unknown = Object.fromEntries(keys.map((key) => [`x-${key}`, extra[key]]));
          const document = expectOk(validateDocument({ ...base, map: { ...base.map, ...unknown } }));
          const written = writeCxmap(document);
          const reread = expectOk(readCxmap(written));
          expect(reread).toEqual(document);
          expect(writeCxmap(reread)).toBe(written);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('serializeCxmap', () => {
  it('writes a valid document exactly as writeCxmap does', () => {
    const document = rich();
    expect(expectOk(serializeCxmap(document))).toBe(writeCxmap(document));
  });

  it('refuses to write a document that could not be opened again', () => {
    const document = structuredClone(buildDocument(3));
    const item = document.map.items[0];
    if (item !== undefined) item.stageId = 'deleted-stage';
    expect(expectError(serializeCxmap(document))).toEqual(expectError(validateDocument(document)));
  });

  it('refuses values the schema forbids', () => {
    const document = structuredClone(buildDocument(3));
    const item = document.map.items[0];
    if (item !== undefined) item.emotion = 6;
    expect(expectError(serializeCxmap(document))).toMatchObject({
      kind: 'invalid-value',
      path: 'map.items[0].emotion',
    });
  });
});
