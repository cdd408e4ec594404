import type { JourneyMap } from '../model/schema';
import { itemSchema } from '../model/schema';
import type { EditError } from './errors';

/** Every id in use by a record of the map: FORMAT.md wants ids unique across all record kinds. */
export const takenIds = (map: JourneyMap): Set<string> => {
  const ids = new Set<string>();
  for (const collection of [
    map.personas,
    map.stages,
    map.lanes,
    map.items,
    map.links,
    map.metrics,
    map.quotes,
  ]) {
    for (const record of collection) ids.add(record.id);
  }
  return ids;
};

/**
 * Why `id` cannot name a new record, or null. Ids come from the caller (so undo/redo and tests are
 * deterministic), which is exactly why they are checked here rather than trusted.
 */
export const newIdProblem = (taken: ReadonlySet<string>, id: string): EditError | null => {
  const shape = itemSchema.shape.id.safeParse(id);
  if (!shape.success) {
    return {
      reason: 'invalid-value',
      field: 'id',
      problem: shape.error.issues[0]?.message ?? 'is not a valid id',
    };
  }
  return taken.has(id) ? { reason: 'id-taken', id } : null;
};

/**
 * Draws `count` fresh ids from the caller's generator, or says why it could not: a generator that
 * repeats itself or hands out an id already in the map must not corrupt the document.
 */
export const drawNewIds = (
  map: JourneyMap,
  count: number,
  newId: () => string,
): { readonly ids: readonly string[] } | { readonly problem: EditError } => {
  const taken = takenIds(map);
  const ids: string[] = [];
  for (let drawn = 0; drawn < count; drawn += 1) {
    const id = newId();
    const problem = newIdProblem(taken, id);
    if (problem) return { problem };
    taken.add(id);
    ids.push(id);
  }
  return { ids };
};
