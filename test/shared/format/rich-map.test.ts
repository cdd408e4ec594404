import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCxmap, writeCxmap } from '../../../shared/format';
import {
  CHANNELS,
  ITEM_KINDS,
  LANE_KINDS,
  METRIC_KINDS,
  QUOTE_SOURCES,
  SCORE_MAX,
  SCORE_MIN,
  SENTIMENT_MAX,
  SENTIMENT_MIN,
  historyEntrySchema,
  itemSchema,
  journeyMapSchema,
  laneSchema,
  linkSchema,
  metricSchema,
  personaSchema,
  quoteSchema,
  stageSchema,
} from '../../../shared/model';
import { expectOk, ownFixturesDir, readBytes } from './support';

/**
 * rich.cxmap is the reader's and writer's widest test input. These tests keep it that way: if the
 * schema gains a field or the vocabulary a value, they fail until the sample uses it.
 */
const document = expectOk(readCxmap(readBytes(path.join(ownFixturesDir, 'maps'), 'rich.cxmap')));
const { map } = document;

const range = (min: number, max: number): number[] =>
  Array.from({ length: max - min + 1 }, (_, index) => min + index);
const used = <T>(values: readonly (T | undefined)[]): Set<T> =>
  new Set(values.filter((value): value is T => value !== undefined));

describe('rich.cxmap covers the whole vocabulary', () => {
  it.each([
    ['lane kinds', LANE_KINDS, used(map.lanes.map((lane) => lane.kind))],
    ['item kinds', ITEM_KINDS, used(map.items.map((item) => item.kind))],
    ['channels', CHANNELS, used(map.items.map((item) => item.channel))],
    ['metric kinds', METRIC_KINDS, used(map.metrics.map((metric) => metric.kind))],
    ['quote sources', QUOTE_SOURCES, used(map.quotes.map((quote) => quote.source))],
    ['emotions', range(SCORE_MIN, SCORE_MAX), used(map.items.map((item) => item.emotion))],
    ['efforts', range(SCORE_MIN, SCORE_MAX), used(map.items.map((item) => item.effort))],
    ['successes', range(SCORE_MIN, SCORE_MAX), used(map.items.map((item) => item.success))],
    ['severities', range(SCORE_MIN, SCORE_MAX), used(map.items.map((item) => item.severity))],
    ['sentiments', range(SENTIMENT_MIN, SENTIMENT_MAX), used(map.quotes.map((quote) => quote.sentiment))],
  ] as const)('uses every one of the %s', (_label, vocabulary, values) => {
    expect([...values].sort()).toEqual([...vocabulary].sort());
  });
});

describe('rich.cxmap covers every field', () => {
  it.each([
    ['map', journeyMapSchema, [map]],
    ['persona', personaSchema, map.personas],
    ['stage', stageSchema, map.stages],
    ['lane', laneSchema, map.lanes],
    ['item', itemSchema, map.items],
    ['link', linkSchema, map.links],
    ['metric', metricSchema, map.metrics],
    ['quote', quoteSchema, map.quotes],
    ['revision', historyEntrySchema, document.history ?? []],
  ] as const)('sets every %s field somewhere', (_label, schema, records: readonly object[]) => {
    const set = new Set(records.flatMap((record) => Object.keys(record)));
    expect(Object.keys(schema.shape).filter((field) => !set.has(field))).toEqual([]);
  });

  it('has a history of two revisions, the second a child of the first', () => {
    expect(document.history).toHaveLength(2);
    expect(document.history?.[1]?.parentId).toBe(document.history?.[0]?.id);
  });
});

describe('rich.cxmap unknown properties', () => {
  const knownKeys = (schema: { shape: object }) => new Set(Object.keys(schema.shape));
  const unknownKeysOf = (records: readonly object[], schema: { shape: object }) =>
    records.flatMap((record) => Object.keys(record)).filter((key) => !knownKeys(schema).has(key));

  it('exist at document, map, record and revision level', () => {
    expect(
      Object.keys(document).filter((key) => !['format', 'version', 'map', 'history'].includes(key)),
    ).not.toEqual([]);
    expect(unknownKeysOf([map], journeyMapSchema)).not.toEqual([]);
    expect(unknownKeysOf(map.items, itemSchema)).not.toEqual([]);
    expect(unknownKeysOf(map.links, linkSchema)).not.toEqual([]);
    expect(unknownKeysOf(document.history ?? [], historyEntrySchema)).not.toEqual([]);
  });

  it('are written back with their values', () => {
    const reread = JSON.parse(writeCxmap(document)) as typeof document;
    expect(reread['hologram']).toBeUndefined();
    expect(reread.map['hologram']).toEqual(map['hologram']);
    for (const key of unknownKeysOf(map.items, itemSchema)) {
      const index = map.items.findIndex((item) => key in item);
      expect(reread.map.items[index]?.[key]).toEqual(map.items[index]?.[key]);
    }
  });
});
