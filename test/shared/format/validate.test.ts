import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_FORMAT_VERSION, MAX_NESTING_DEPTH, validateDocument } from '../../../shared/format';
import { CHANNELS, SCORE_MAX, SCORE_MIN } from '../../../shared/model';
import type { CxDocument } from '../../../shared/model';
import { buildDocument, buildMap, expectError, expectOk } from './support';

/** A document as plain data, to break in ways the types would not allow. */
const plainDocument = (itemCount = 3): Record<string, unknown> & { map: Record<string, unknown[]> } =>
  JSON.parse(JSON.stringify(buildDocument(itemCount))) as Record<string, unknown> & {
    map: Record<string, unknown[]>;
  };

const itemAt = (document: { map: Record<string, unknown[]> }, index: number): Record<string, unknown> =>
  document.map['items']?.[index] as Record<string, unknown>;

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

describe('validateDocument: accepted documents', () => {
  it('accepts a valid document and returns an equal copy, leaving the input untouched', () => {
    const input = deepFreeze(buildDocument(5));
    const document = expectOk(validateDocument(input));
    expect(document).toEqual(input);
    expect(document).not.toBe(input);
    expect(document.map.items[0]).not.toBe(input.map.items[0]);
  });

  it('refuses in-memory data with own __proto__, constructor or prototype keys, polluting nothing', () => {
    const input = plainDocument();
    Object.defineProperty(input.map, '__proto__', { value: { polluted: true }, enumerable: true });
    Object.defineProperty(itemAt(input, 0), 'constructor', {
      value: { prototype: { polluted: true } },
      enumerable: true,
    });
    input['x-extra'] = JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}') as unknown;

    const result = validateDocument(input);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'forbidden-key' },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('treats undefined optional properties as absent', () => {
    const input = buildDocument(2);
    const withUndefined: CxDocument = { ...input, map: { ...input.map, description: undefined } };
    expect(Object.hasOwn(expectOk(validateDocument(withUndefined)).map, 'description')).toBe(false);
  });
});

describe('validateDocument: the header', () => {
  it.each([
    ['null', null],
    ['a list', [buildDocument()]],
    ['text', 'cxmap'],
    ['another format', { ...buildDocument(), format: 'excalidraw' }],
    ['no format', { version: 1, map: buildMap(1) }],
  ])('refuses %s as not a map', (_label, value) => {
    expect(expectError(validateDocument(value))).toEqual({ kind: 'not-cxmap' });
  });

  it.each([
    ['missing', undefined],
    ['zero', 0],
    ['negative', -1],
    ['a fraction', 1.5],
    ['text', '1'],
    ['null', null],
  ])('refuses a %s version', (_label, version) => {
    expect(expectError(validateDocument({ ...buildDocument(), version }))).toEqual({
      kind: 'bad-version',
      version,
    });
  });

  it('refuses a newer version, naming both versions', () => {
    const version = CURRENT_FORMAT_VERSION + 1;
    expect(expectError(validateDocument({ ...buildDocument(), version }))).toEqual({
      kind: 'too-new',
      version,
      supported: CURRENT_FORMAT_VERSION,
    });
  });
});

describe('validateDocument: values', () => {
  it('says a required field is missing and names the record by its title', () => {
    const input = plainDocument();
    delete itemAt(input, 1)['stageId'];
    expect(expectError(validateDocument(input))).toEqual({
      kind: 'invalid-value',
      path: 'map.items[1].stageId',
      problem: 'is missing',
      record: { kind: 'item', label: itemAt(input, 1)['title'] },
    });
  });

  it('lists the allowed values of a closed vocabulary', () => {
    const input = plainDocument();
    itemAt(input, 2)['channel'] = 'fax';
    expect(expectError(validateDocument(input))).toMatchObject({
      path: 'map.items[2].channel',
      problem: `must be one of: ${CHANNELS.join(', ')}`,
    });
  });

  it.each([SCORE_MIN - 1, SCORE_MAX + 1])('gives the whole range for a score of %i', (emotion) => {
    const input = plainDocument();
    itemAt(input, 0)['emotion'] = emotion;
    expect(expectError(validateDocument(input))).toMatchObject({
      path: 'map.items[0].emotion',
      problem: `must be between ${SCORE_MIN} and ${SCORE_MAX}`,
    });
  });

  it('asks for a whole number where a fraction was given', () => {
    const input = plainDocument();
    itemAt(input, 0)['order'] = 0.5;
    expect(expectError(validateDocument(input))).toMatchObject({ problem: 'must be a whole number' });
  });

  it('names the expected and the found type', () => {
    const input = plainDocument();
    itemAt(input, 0)['title'] = 42;
    expect(expectError(validateDocument(input))).toMatchObject({
      path: 'map.items[0].title',
      problem: 'must be text, not a number',
      record: { kind: 'item', label: itemAt(input, 0)['id'] },
    });
  });

  it('explains a metric value outside the range of its kind', () => {
    const input = plainDocument();
    (input.map['metrics']?.[0] as Record<string, unknown>)['value'] = 140;
    const error = expectError(validateDocument(input));
    expect(error).toMatchObject({
      kind: 'invalid-value',
      path: 'map.metrics[0].value',
      record: { kind: 'metric' },
    });
    expect(error.kind === 'invalid-value' && error.problem).toMatch(/140.*-100.*100.*nps/);
  });

  it('names a map-level problem after the map', () => {
    const input = plainDocument();
    input.map['stages'] = 'Discover, Order' as unknown as unknown[];
    expect(expectError(validateDocument(input))).toEqual({
      kind: 'invalid-value',
      path: 'map.stages',
      problem: 'must be a list, not text',
      record: { kind: 'map', label: input.map['title'] },
    });
  });

  it('reports a missing map without a record', () => {
    expect(expectError(validateDocument({ format: 'cxmap', version: 1 }))).toEqual({
      kind: 'invalid-value',
      path: 'map',
      problem: 'is missing',
      record: null,
    });
  });

  it('shortens a long quote to name it', () => {
    const input = plainDocument();
    const quote = input.map['quotes']?.[0] as Record<string, unknown>;
    quote['text'] = 'word '.repeat(100);
    quote['sentiment'] = 9;
    const error = expectError(validateDocument(input));
    const label = error.kind === 'invalid-value' ? (error.record?.label ?? '') : '';
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThan(100);
  });

  it('validates the maps of the history too, naming the revision and the record', () => {
    const input = plainDocument();
    const revisionMap = JSON.parse(JSON.stringify(input.map)) as { items: Record<string, unknown>[] };
    const revisionItem = revisionMap.items[1] ?? {};
    revisionItem['emotion'] = 0;
    input['history'] = [
      { id: 'rev-1', createdAt: '2026-01-01', map: input.map },
      { id: 'rev-2', createdAt: '2026-01-02', label: 'Workshop', map: revisionMap },
    ];
    expect(expectError(validateDocument(input))).toMatchObject({
      path: 'history[1].map.items[1].emotion',
      record: { kind: 'item', label: revisionItem['title'] },
    });
  });

  it('names a revision by its label when the revision itself is wrong', () => {
    const input = plainDocument();
    input['history'] = [
      { id: 'rev-1', label: 'After Q3 interviews', createdAt: 'last Tuesday', map: input.map },
    ];
    expect(expectError(validateDocument(input))).toMatchObject({
      path: 'history[0].createdAt',
      record: { kind: 'revision', label: 'After Q3 interviews' },
    });
  });

  it('reports the first problem in document order, the same every time', () => {
    const input = plainDocument();
    itemAt(input, 2)['emotion'] = 9;
    (input.map['stages']?.[0] as Record<string, unknown>)['name'] = null;
    itemAt(input, 0)['stageId'] = 'st-nowhere';
    const first = expectError(validateDocument(input));
    expect(first).toMatchObject({ path: 'map.stages[0].name' });
    expect(expectError(validateDocument(input))).toEqual(first);
  });

  it('checks every value before any reference', () => {
    const input = plainDocument();
    itemAt(input, 0)['stageId'] = 'st-nowhere';
    (input.map['quotes']?.[0] as Record<string, unknown>)['source'] = 'rumour';
    expect(expectError(validateDocument(input))).toMatchObject({
      kind: 'invalid-value',
      path: 'map.quotes[0].source',
    });
  });
});

describe('validateDocument: data that is too deep to walk', () => {
  it('refuses a cyclic object instead of looping', () => {
    const input = plainDocument();
    input['x-self'] = input;
    expect(expectError(validateDocument(input))).toEqual({ kind: 'too-deep', limit: MAX_NESTING_DEPTH });
  });

  it('refuses 200,000 nested arrays without a stack overflow', () => {
    let deep: unknown[] = [];
    for (let level = 0; level < 200_000; level += 1) deep = [deep];
    expect(expectError(validateDocument({ ...buildDocument(), 'x-deep': deep }))).toEqual({
      kind: 'too-deep',
      limit: MAX_NESTING_DEPTH,
    });
  });
});

describe('validation in the renderer', () => {
  it('never generates code, which the app’s content security policy forbids', () => {
    expect(z.config().jitless).toBe(true);
  });
});
