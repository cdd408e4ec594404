import type { FormatError } from './errors';
import { FORBIDDEN_KEYS } from './limits';
import { validateDocument } from './validate';
import {
  documentSchema,
  historyEntrySchema,
  itemSchema,
  journeyMapSchema,
  laneSchema,
  linkSchema,
  metricSchema,
  personaSchema,
  quoteSchema,
  stageSchema,
  type CxDocument,
} from '../model/schema';
import { err, ok, type Result } from '../result';

/**
 * The order keys are written in: for each record, FORMAT.md's field order (which the schema's shape
 * follows), and what to use for the records nested under its keys. Arrays take their elements' layout.
 */
interface Layout {
  readonly keys: readonly string[];
  readonly known: ReadonlySet<string>;
  readonly nested: Readonly<Record<string, Layout>>;
}

const layoutOf = (
  schema: { readonly shape: object },
  nested: Readonly<Record<string, Layout>> = {},
): Layout => {
  const keys = Object.keys(schema.shape);
  return { keys, known: new Set(keys), nested };
};

const mapLayout = layoutOf(journeyMapSchema, {
  personas: layoutOf(personaSchema),
  stages: layoutOf(stageSchema),
  lanes: layoutOf(laneSchema),
  items: layoutOf(itemSchema),
  links: layoutOf(linkSchema),
  metrics: layoutOf(metricSchema),
  quotes: layoutOf(quoteSchema),
});

const documentLayout = layoutOf(documentSchema, {
  map: mapLayout,
  history: layoutOf(historyEntrySchema, { map: mapLayout }),
});

/** Unknown properties have no layout: their keys, at every level, are written in sorted order. */
const UNKNOWN: Layout = { keys: [], known: new Set(), nested: {} };

/** Code-unit order, the same on every machine (unlike `localeCompare`). */
const byCodeUnits = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** What JSON can hold; anything else (undefined, functions, symbols, bigints) is left out, as JSON.stringify does. */
const hasJsonForm = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean', 'object'].includes(typeof value);

/** The keys of an object to write, in order: known ones in layout order, then the others sorted. */
const orderedKeys = (value: Readonly<Record<string, unknown>>, layout: Layout): string[] => {
  const keys: string[] = [];
  for (const key of layout.keys) {
    if (Object.hasOwn(value, key) && hasJsonForm(value[key])) keys.push(key);
  }
  let unknown: string[] | null = null;
  for (const key of Object.keys(value)) {
    if (layout.known.has(key) || FORBIDDEN_KEYS.has(key) || !hasJsonForm(value[key])) continue;
    (unknown ??= []).push(key);
  }
  return unknown === null ? keys : keys.concat(unknown.sort(byCodeUnits));
};

/**
 * JavaScript enumerates keys that look like array indices ("0", "42") first, in numeric order, whatever
 * the insertion order, so an object with one cannot carry our order into JSON.stringify.
 */
const ARRAY_INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/** Returned instead of a copy when some object's key order cannot be represented. */
const UNORDERABLE: unique symbol = Symbol('unorderable');

/** A copy whose objects enumerate their keys in the order to write them, so JSON.stringify keeps it. */
const orderedCopy = (value: unknown, layout: Layout): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (const element of value as readonly unknown[]) {
      const elementCopy = orderedCopy(element, layout);
      if (elementCopy === UNORDERABLE) return UNORDERABLE;
      copy.push(elementCopy);
    }
    return copy;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const copy: Record<string, unknown> = {};
  for (const key of orderedKeys(record, layout)) {
    if (ARRAY_INDEX_KEY.test(key)) return UNORDERABLE;
    const child = orderedCopy(record[key], layout.nested[key] ?? UNKNOWN);
    if (child === UNORDERABLE) return UNORDERABLE;
    copy[key] = child;
  }
  return copy;
};

const INDENT = '  ';

/**
 * The same text JSON.stringify(value, null, 2) gives for an ordered copy, built by hand so that any key
 * order can be written. Several times slower than the native printer, so only used when that one cannot
 * keep our order (see ARRAY_INDEX_KEY), which a real map practically never needs.
 */
export const printInLayoutOrder = (value: unknown, layout: Layout = documentLayout, indent = ''): string => {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      text += `${index === 0 ? '\n' : ',\n'}${inner}${printInLayoutOrder(value[index], layout, inner)}`;
    }
    return `${text}\n${indent}]`;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const keys = orderedKeys(record, layout);
  if (keys.length === 0) return '{}';
  let text = '{';
  for (const [index, key] of keys.entries()) {
    const child = printInLayoutOrder(record[key], layout.nested[key] ?? UNKNOWN, inner);
    text += `${index === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${child}`;
  }
  return `${text}\n${indent}}`;
};

/**
 * The low-level printer: 2-space indented JSON with a trailing newline, arrays in document order, known
 * keys in FORMAT.md order and unknown ones sorted after them. The same document always gives the same
 * bytes, however its objects were built, so two saves of one map are identical and a git diff shows only
 * the edit. It does not validate: save with `serializeCxmap`.
 */
export const writeCxmap = (document: CxDocument): string => {
  const copy = orderedCopy(document, documentLayout);
  const text = copy === UNORDERABLE ? printInLayoutOrder(document) : JSON.stringify(copy, null, 2);
  return `${text}\n`;
};

/** What the app saves with: refuses to write a document a reader would refuse to open. */
export const serializeCxmap = (document: CxDocument): Result<string, FormatError> => {
  const validated = validateDocument(document);
  return validated.ok ? ok(writeCxmap(validated.value)) : err(validated.error);
};
