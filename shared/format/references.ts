import type { FormatError, RecordKind } from './errors';
import { formatJsonPath } from './json-path';
import { MAP_COLLECTIONS, recordRef } from './record-ref';
import type { CxDocument, JourneyMap } from '../model/schema';

type Path = readonly (string | number)[];

/** A record and where it sits, which is all an error message needs to point at it. */
interface RecordSite {
  readonly kind: RecordKind;
  readonly record: { readonly id: string };
  readonly path: Path;
}

/** One value of a reference field (a list field has one per entry, told apart by `index`). */
interface Reference {
  readonly field: string;
  readonly index: number | null;
  readonly target: string;
  readonly targetKind: RecordKind;
}

const one = (field: string, target: string | undefined, targetKind: RecordKind): Reference[] =>
  target === undefined ? [] : [{ field, index: null, target, targetKind }];

const many = (field: string, targets: readonly string[] | undefined, targetKind: RecordKind): Reference[] =>
  (targets ?? []).map((target, index) => ({ field, index, target, targetKind }));

const brokenReference = (site: RecordSite, reference: Reference): FormatError => {
  const fieldPath = [...site.path, reference.field];
  return {
    kind: 'broken-reference',
    record: recordRef(site.kind, site.record, formatJsonPath(site.path)),
    field: reference.field,
    target: reference.target,
    targetKind: reference.targetKind,
    path: formatJsonPath(reference.index === null ? fieldPath : [...fieldPath, reference.index]),
  };
};

/**
 * The first cross-record rule of FORMAT.md a structurally valid map breaks, or null: every id is unique
 * within the map, and every reference points at an existing record of the right kind. Records are
 * visited in FORMAT.md order so the same file always reports the same problem, and ids are indexed once,
 * so a map of thousands of items is checked in linear time.
 */
export const checkMapReferences = (map: JourneyMap, base: Path): FormatError | null => {
  const kindById = new Map<string, RecordKind>();
  for (const [collection, kind] of MAP_COLLECTIONS) {
    for (const [index, record] of map[collection].entries()) {
      if (kindById.has(record.id)) {
        return {
          kind: 'duplicate-id',
          id: record.id,
          path: formatJsonPath([...base, collection, index, 'id']),
        };
      }
      kindById.set(record.id, kind);
    }
  }
  const scan = <T extends { readonly id: string }>(
    records: readonly T[],
    collection: string,
    kind: RecordKind,
    referencesOf: (record: T) => Reference[],
  ): FormatError | null => {
    for (const [index, record] of records.entries()) {
      for (const reference of referencesOf(record)) {
        if (kindById.get(reference.target) !== reference.targetKind) {
          return brokenReference({ kind, record, path: [...base, collection, index] }, reference);
        }
      }
    }
    return null;
  };
  return (
    scan(map.items, 'items', 'item', (item) => [
      ...one('stageId', item.stageId, 'stage'),
      ...one('laneId', item.laneId, 'lane'),
      ...many('personaIds', item.personaIds, 'persona'),
      ...many('addressesItemIds', item.addressesItemIds, 'item'),
    ]) ??
    scan(map.links, 'links', 'link', (link) => [
      ...one('from', link.from, 'item'),
      ...one('to', link.to, 'item'),
    ]) ??
    scan(map.metrics, 'metrics', 'metric', (metric) => [
      ...one('itemId', metric.itemId, 'item'),
      ...one('stageId', metric.stageId, 'stage'),
    ]) ??
    scan(map.quotes, 'quotes', 'quote', (quote) => [
      ...one('personaId', quote.personaId, 'persona'),
      ...many('itemIds', quote.itemIds, 'item'),
    ])
  );
};

/** Cross-record rules for the map and then for every revision in its history, in document order. */
export const checkDocumentReferences = (document: CxDocument): FormatError | null => {
  const mapProblem = checkMapReferences(document.map, ['map']);
  if (mapProblem !== null) return mapProblem;

  const revisionIds = new Set<string>();
  for (const [index, entry] of (document.history ?? []).entries()) {
    // Revisions are merged by id when a file meets the local history, so two with one id would collide.
    if (revisionIds.has(entry.id)) {
      return { kind: 'duplicate-id', id: entry.id, path: formatJsonPath(['history', index, 'id']) };
    }
    revisionIds.add(entry.id);
    const revisionProblem = checkMapReferences(entry.map, ['history', index, 'map']);
    if (revisionProblem !== null) return revisionProblem;
  }
  return null;
};
