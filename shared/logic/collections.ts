/** Position helpers for the ordered collections of a map (stages, lanes, personas, a cell's items). */

/** `index` as an insertion point in a list of `length` entries: missing or past the end means "append". */
export const clampIndex = (index: number | undefined, length: number): number =>
  index === undefined || !Number.isFinite(index) ? length : Math.min(length, Math.max(0, Math.trunc(index)));

export const indexOfId = (records: readonly { readonly id: string }[], id: string): number =>
  records.findIndex((record) => record.id === id);

/**
 * Moves the record at `from` so that it ends up at `to` (clamped to the list), shifting the ones
 * between. Returns the index it ended at.
 */
export const moveTo = <T>(list: T[], from: number, to: number): number => {
  const target = Math.min(
    list.length - 1,
    Math.max(0, Math.trunc(Number.isFinite(to) ? to : list.length - 1)),
  );
  if (from === target) return target;
  const [moved] = list.splice(from, 1);
  if (moved !== undefined) list.splice(target, 0, moved);
  return target;
};
