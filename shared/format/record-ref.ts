import type { RecordKind, RecordRef } from './errors';

/** The arrays of a map, with the kind of record each holds, in FORMAT.md order. */
export const MAP_COLLECTIONS = [
  ['personas', 'persona'],
  ['stages', 'stage'],
  ['lanes', 'lane'],
  ['items', 'item'],
  ['links', 'link'],
  ['metrics', 'metric'],
  ['quotes', 'quote'],
] as const satisfies readonly (readonly [string, RecordKind])[];

const collectionKinds: ReadonlyMap<string, RecordKind> = new Map(MAP_COLLECTIONS);

/** The kind of record a map array holds, or null for any other key. */
export const kindOfCollection = (key: unknown): RecordKind | null =>
  typeof key === 'string' ? (collectionKinds.get(key) ?? null) : null;

/** The field a person would recognise a record by, in order of preference. */
const LABEL_FIELDS: Readonly<Record<RecordKind, readonly string[]>> = {
  map: ['title', 'id'],
  persona: ['name', 'id'],
  stage: ['name', 'id'],
  lane: ['name', 'id'],
  item: ['title', 'id'],
  link: ['label', 'id'],
  metric: ['name', 'id'],
  quote: ['text', 'id'],
  revision: ['label', 'id'],
};

/** Long enough to recognise a quote, short enough for one line of an error message. */
const MAX_LABEL_LENGTH = 60;

const shorten = (text: string): string => {
  const characters = Array.from(text);
  return characters.length <= MAX_LABEL_LENGTH
    ? text
    : `${characters.slice(0, MAX_LABEL_LENGTH - 1).join('')}…`;
};

/**
 * How an error message names a record: its title or name where it has one, else its id, else where it
 * sits (`fallback`). Works on unvalidated data, because invalid records need naming most.
 */
export const recordRef = (kind: RecordKind, record: unknown, fallback: string): RecordRef => {
  if (typeof record === 'object' && record !== null) {
    for (const field of LABEL_FIELDS[kind]) {
      const value: unknown = (record as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim() !== '') return { kind, label: shorten(value) };
    }
  }
  return { kind, label: fallback };
};
