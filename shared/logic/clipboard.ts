import { z } from 'zod';
import type { Item, JourneyMap, Link } from '../model/schema';
import { itemSchema, linkSchema } from '../model/schema';
import { err, ok } from '../result';
import type { CellRef } from './cells';
import { cellProblem, inReadingOrder, placeInCell } from './cells';
import { clonePlain } from './clone';
import type { EditError, EditResult } from './errors';
import { drawNewIds } from './ids';

/**
 * Copied items as plain data: the items in reading order and the links among them. It holds no
 * drafts and no references outside itself, so it can live on after the recipe that made it and go
 * through the system clipboard as JSON.
 */
export interface ClipboardFragment {
  readonly items: readonly Item[];
  readonly links: readonly Link[];
}

/** What a paste or duplicate added, in the order the new items read. */
export interface PastedItems {
  readonly itemIds: readonly string[];
  readonly linkIds: readonly string[];
}

/** Copies the items (ids not in the map are ignored) and the links that run between two of them. */
export const copyItems = (map: JourneyMap, itemIds: readonly string[]): ClipboardFragment => {
  const wanted = new Set(itemIds);
  const items = inReadingOrder(
    map,
    map.items.filter((item) => wanted.has(item.id)),
  );
  const copied = new Set(items.map((item) => item.id));
  const links = map.links.filter((link) => copied.has(link.from) && copied.has(link.to));
  return clonePlain({ items, links });
};

const fragmentSchema = z.object({ items: z.array(itemSchema), links: z.array(linkSchema) });

/**
 * Reads a fragment from untrusted data (the system clipboard may hold anything, including a
 * fragment from a newer app or another map). Only shape and ranges are checked here: references are
 * re-made on paste.
 */
export const parseClipboardFragment = (value: unknown): EditResult<ClipboardFragment> => {
  const parsed = fragmentSchema.safeParse(value);
  if (parsed.success) return ok(clonePlain(parsed.data));
  const issue = parsed.error.issues[0];
  return err({
    reason: 'invalid-value',
    field: ['clipboard', ...(issue?.path ?? [])].join('.'),
    problem: issue?.message ?? 'is not a copied set of items',
  });
};

interface Copies {
  /** New items, in fragment order, still carrying their source cell; `order` is set on placement. */
  readonly items: Item[];
  readonly links: Link[];
}

/**
 * Fresh-id copies of a fragment's items and of the links among them, fitted to `map`: persona tags the
 * map does not know are dropped (a fragment from another map), and so are links that would be
 * self-links, duplicates or lead outside the fragment.
 */
export const prepareCopies = (
  map: JourneyMap,
  fragment: ClipboardFragment,
  newId: () => string,
): Copies | { readonly problem: EditError } => {
  const sourceItems = [...new Map(fragment.items.map((item) => [item.id, item] as const)).values()];
  const inFragment = new Set(sourceItems.map((item) => item.id));
  const seenPairs = new Set<string>();
  const sourceLinks = fragment.links.filter((link) => {
    const pair = JSON.stringify([link.from, link.to]);
    if (
      link.from === link.to ||
      !inFragment.has(link.from) ||
      !inFragment.has(link.to) ||
      seenPairs.has(pair)
    ) {
      return false;
    }
    seenPairs.add(pair);
    return true;
  });

  const drawn = drawNewIds(map, sourceItems.length + sourceLinks.length, newId);
  if ('problem' in drawn) return drawn;
  const idOf = new Map(sourceItems.map((item, index) => [item.id, drawn.ids[index] ?? item.id] as const));
  const personas = new Set(map.personas.map((persona) => persona.id));
  const existingItems = new Set(map.items.map((item) => item.id));
  const pastedIds = new Set(idOf.values());

  const items = sourceItems.map((source) => {
    const copy = clonePlain(source);
    copy.id = idOf.get(source.id) ?? copy.id;
    if (copy.personaIds !== undefined) {
      const known = copy.personaIds.filter((personaId) => personas.has(personaId));
      if (known.length > 0) copy.personaIds = known;
      else delete copy.personaIds;
    }
    if (copy.addressesItemIds !== undefined) {
      // Point at the pasted copies where they came along, else at items this map has; drop the rest.
      const targets = copy.addressesItemIds
        .map((itemId) => idOf.get(itemId) ?? itemId)
        .filter((itemId) => existingItems.has(itemId) || pastedIds.has(itemId));
      if (targets.length > 0) copy.addressesItemIds = targets;
      else delete copy.addressesItemIds;
    }
    return copy;
  });
  const links = sourceLinks.map((source, index) => {
    const copy = clonePlain(source);
    copy.id = drawn.ids[sourceItems.length + index] ?? copy.id;
    copy.from = idOf.get(source.from) ?? copy.from;
    copy.to = idOf.get(source.to) ?? copy.to;
    return copy;
  });
  return { items, links };
};

/**
 * Pastes a fragment into one cell at `index` (counted among the cell's items; missing: at the end)
 * with fresh ids from `newId`. The pasted items keep their reading order and the links among them.
 */
export const pasteFragment = (
  map: JourneyMap,
  fragment: ClipboardFragment,
  cell: CellRef,
  index: number | undefined,
  newId: () => string,
): EditResult<PastedItems> => {
  const missingCell = cellProblem(map, cell);
  if (missingCell) return err(missingCell);
  const copies = prepareCopies(map, fragment, newId);
  if ('problem' in copies) return err(copies.problem);
  for (const item of copies.items) {
    item.stageId = cell.stageId;
    item.laneId = cell.laneId;
  }
  map.items.push(...copies.items);
  map.links.push(...copies.links);
  placeInCell(map, copies.items, cell, index);
  return ok({ itemIds: copies.items.map((item) => item.id), linkIds: copies.links.map((link) => link.id) });
};
