import type { Item, JourneyMap } from '../model/schema';
import type { Channel, ItemKind } from '../model/vocabulary';
import { CHANNELS, ITEM_KINDS } from '../model/vocabulary';
import { err, ok } from '../result';
import type { CellRef } from './cells';
import { cellItems, cellProblem, inReadingOrder, placeInCell, sameCell } from './cells';
import type { PastedItems } from './clipboard';
import { copyItems, prepareCopies } from './clipboard';
import type { DeletionSummary } from './deletion';
import { applyDeletion, describeDeletion } from './deletion';
import type { EditError, EditResult } from './errors';
import { DONE, notFound } from './errors';
import { optionalList, optionalText, textProblem, toScore, writeField } from './fields';
import { newIdProblem, takenIds } from './ids';

/**
 * Items are the cards in the cells: touchpoints, friction points, magic moments, opportunities and
 * notes. Every operation leaves `order` dense (0..n-1) in each cell it touches.
 *
 * Severity rule: severity rates a pain point (FORMAT.md: friction, 1 minor – 5 critical), so it can
 * only be set on a friction item, and turning a friction item into another kind drops its severity
 * (undo brings it back). A severity on another kind that arrived in a file is left alone until then.
 */

/** Fields an edit can set. `null` (and blank text, or an empty list) removes an optional field. */
export interface ItemFields {
  readonly title?: string;
  readonly description?: string | null;
  readonly kind?: ItemKind;
  readonly channel?: Channel | null;
  readonly owner?: string | null;
  /** The personas this item concerns; each must be a persona of the map. */
  readonly personaIds?: readonly string[];
  /** 1–5; out-of-range and fractional values are clamped and rounded (see `toScore`). */
  readonly emotion?: number | null;
  readonly effort?: number | null;
  readonly success?: number | null;
  /** 1–5, friction items only. */
  readonly severity?: number | null;
}

export interface NewItem extends ItemFields {
  readonly id: string;
  readonly kind: ItemKind;
  readonly title: string;
}

const SCORE_FIELDS = ['emotion', 'effort', 'success', 'severity'] as const;

type FieldWrite = readonly [key: string, value: unknown];

/**
 * Checks `fields` against the map and turns them into writes in FORMAT.md field order, or says why
 * they cannot be applied. Nothing is written until every field has passed, so a refused edit
 * changes nothing.
 */
const resolveFields = (
  map: JourneyMap,
  currentKind: ItemKind,
  fields: ItemFields,
): { readonly writes: FieldWrite[] } | { readonly problem: EditError } => {
  const writes: FieldWrite[] = [];
  const fail = (problem: EditError) => ({ problem });

  if (fields.kind !== undefined) {
    if (!(ITEM_KINDS as readonly string[]).includes(fields.kind)) {
      return fail({
        reason: 'invalid-value',
        field: 'kind',
        problem: `is not one of ${ITEM_KINDS.join(', ')}`,
      });
    }
    writes.push(['kind', fields.kind]);
  }
  if (fields.title !== undefined) {
    const problem = textProblem('title', fields.title);
    if (problem) return fail(problem);
    writes.push(['title', fields.title]);
  }
  if (fields.description !== undefined) {
    const problem = textProblem('description', fields.description ?? '');
    if (problem) return fail(problem);
    writes.push(['description', optionalText(fields.description)]);
  }
  if (fields.channel !== undefined) {
    if (fields.channel !== null && !(CHANNELS as readonly string[]).includes(fields.channel)) {
      return fail({
        reason: 'invalid-value',
        field: 'channel',
        problem: `is not one of ${CHANNELS.join(', ')}`,
      });
    }
    writes.push(['channel', fields.channel ?? undefined]);
  }
  if (fields.owner !== undefined) {
    const problem = textProblem('owner', fields.owner ?? '');
    if (problem) return fail(problem);
    writes.push(['owner', optionalText(fields.owner)]);
  }
  if (fields.personaIds !== undefined) {
    const known = new Set(map.personas.map((persona) => persona.id));
    const missing = fields.personaIds.find((personaId) => !known.has(personaId));
    if (missing !== undefined) return fail(notFound('persona', missing));
    writes.push(['personaIds', optionalList([...new Set(fields.personaIds)])]);
  }

  const nextKind = fields.kind ?? currentKind;
  for (const field of SCORE_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (value === null) {
      writes.push([field, undefined]);
      continue;
    }
    if (field === 'severity' && nextKind !== 'friction') return fail({ reason: 'severity-needs-friction' });
    const score = toScore(field, value);
    if ('problem' in score) return score;
    writes.push([field, score.score]);
  }
  if (fields.kind !== undefined && nextKind !== 'friction') writes.push(['severity', undefined]);
  return { writes };
};

const findItem = (map: JourneyMap, itemId: string): Item | undefined =>
  map.items.find((item) => item.id === itemId);

/** Adds an item into a cell at `index` (missing: at the end of the cell). */
export const addItem = (map: JourneyMap, cell: CellRef, item: NewItem, index?: number): EditResult<void> => {
  const missingCell = cellProblem(map, cell);
  if (missingCell) return err(missingCell);
  const idProblem = newIdProblem(takenIds(map), item.id);
  if (idProblem) return err(idProblem);
  const resolved = resolveFields(map, item.kind, item);
  if ('problem' in resolved) return err(resolved.problem);

  const order = cellItems(map, cell.stageId, cell.laneId).length;
  const record: Item = {
    id: item.id,
    kind: item.kind,
    stageId: cell.stageId,
    laneId: cell.laneId,
    order,
    title: '',
  };
  for (const [key, value] of resolved.writes) writeField(record, key, value);
  map.items.push(record);
  placeInCell(map, [record], cell, index);
  return DONE;
};

/** Edits an item's fields; fields left out stay as they are. */
export const updateItem = (map: JourneyMap, itemId: string, fields: ItemFields): EditResult<void> => {
  const item = findItem(map, itemId);
  if (!item) return err(notFound('item', itemId));
  const resolved = resolveFields(map, item.kind, fields);
  if ('problem' in resolved) return err(resolved.problem);
  for (const [key, value] of resolved.writes) writeField(item, key, value);
  return DONE;
};

/** The items named by `itemIds` (each once), or the first id that is not an item of the map. */
const findAll = (
  map: JourneyMap,
  itemIds: readonly string[],
): { readonly items: Item[] } | { readonly missing: string } => {
  const wanted = new Set(itemIds);
  const items = map.items.filter((item) => wanted.has(item.id));
  if (items.length === wanted.size) return { items };
  const found = new Set(items.map((item) => item.id));
  return { missing: [...wanted].find((itemId) => !found.has(itemId)) ?? '' };
};

/**
 * Moves items into `cell` as one block at `index`, counted among the cell's items that are not
 * moving (missing: at the end). Several items keep their reading order. Moving within one cell is a
 * reorder: `moveItems(map, [id], sameCell, 0)` makes the item the cell's first.
 */
export const moveItems = (
  map: JourneyMap,
  itemIds: readonly string[],
  cell: CellRef,
  index?: number,
): EditResult<void> => {
  const missingCell = cellProblem(map, cell);
  if (missingCell) return err(missingCell);
  const found = findAll(map, itemIds);
  if ('missing' in found) return err(notFound('item', found.missing));
  placeInCell(map, inReadingOrder(map, found.items), cell, index);
  return DONE;
};

/**
 * Duplicates items with fresh ids from `newId`. In each cell the copies follow, as one block, the last
 * item copied from that cell; links among the duplicated items are duplicated too. Evidence (metrics,
 * quotes) stays with the originals: a copy has not been measured or quoted yet.
 */
export const duplicateItems = (
  map: JourneyMap,
  itemIds: readonly string[],
  newId: () => string,
): EditResult<PastedItems> => {
  const found = findAll(map, itemIds);
  if ('missing' in found) return err(notFound('item', found.missing));
  const copies = prepareCopies(map, copyItems(map, itemIds), newId);
  if ('problem' in copies) return err(copies.problem);

  // Copies come back in reading order, so the copies of each cell are already in sequence.
  const copiedIds = new Set(found.items.map((item) => item.id));
  const placements: { readonly cell: CellRef; readonly copies: Item[]; readonly index: number }[] = [];
  for (const copy of copies.items) {
    const placement = placements.find((candidate) => sameCell(candidate.cell, copy));
    if (placement) {
      placement.copies.push(copy);
      continue;
    }
    const sequence = cellItems(map, copy.stageId, copy.laneId);
    const lastCopied = Math.max(
      ...sequence.map((item, position) => (copiedIds.has(item.id) ? position : -1)),
    );
    placements.push({
      cell: { stageId: copy.stageId, laneId: copy.laneId },
      copies: [copy],
      index: lastCopied + 1,
    });
  }
  map.items.push(...copies.items);
  map.links.push(...copies.links);
  for (const { cell, copies: block, index } of placements) placeInCell(map, block, cell, index);
  return ok({ itemIds: copies.items.map((item) => item.id), linkIds: copies.links.map((link) => link.id) });
};

/**
 * Deletes items with their links and metrics, and takes them out of quotes (see `DeletionSummary`,
 * and `describeDeletion` to tell the user beforehand). Ids not in the map are ignored.
 */
export const deleteItems = (map: JourneyMap, itemIds: readonly string[]): DeletionSummary => {
  const summary = describeDeletion(map, { itemIds });
  applyDeletion(map, summary);
  return summary;
};
