/**
 * Which records of an ordered list "moved" between two versions. Inserting or deleting a record shifts
 * the index of every record after it, so comparing indexes would flag all of them. Instead we keep the
 * largest set of common records whose relative order is unchanged (a longest increasing subsequence)
 * and report only the others: moving one card to the top of a cell flags that card alone.
 */

/**
 * Ids present in both sequences whose relative order changed. `before` and `after` are id sequences
 * (extra ids on either side are ignored). The result follows `after`'s order. O(n log n).
 */
export const movedIds = (before: readonly string[], after: readonly string[]): string[] => {
  const beforeIndex = new Map<string, number>();
  before.forEach((id, index) => {
    if (!beforeIndex.has(id)) beforeIndex.set(id, index);
  });
  const common: { id: string; rank: number }[] = [];
  const seen = new Set<string>();
  for (const id of after) {
    const rank = beforeIndex.get(id);
    if (rank === undefined || seen.has(id)) continue;
    seen.add(id);
    common.push({ id, rank });
  }
  const stable = longestIncreasingRun(common.map((entry) => entry.rank));
  return common.filter((_, index) => !stable.has(index)).map((entry) => entry.id);
};

/**
 * Indexes (into `values`) of one longest strictly increasing subsequence, by patience sorting. Among
 * equally long answers it keeps the one ending in the smallest values, which is deterministic.
 */
const longestIncreasingRun = (values: readonly number[]): Set<number> => {
  // tails[k]: index in `values` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const run = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index] as number) run.add(index);
  return run;
};
