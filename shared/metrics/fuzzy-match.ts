/** How a touchpoint name from a survey was tied to an item of the map. */
export type TouchpointMatch =
  | { readonly kind: 'exact'; readonly itemId: string }
  | { readonly kind: 'fuzzy'; readonly itemId: string; readonly score: number }
  /** Chosen by the user in the mapping step (the UI sets it; matching never does). */
  | { readonly kind: 'chosen'; readonly itemId: string }
  /** No single good candidate; `candidates` are the closest items, best first, for the user to pick. */
  | {
      readonly kind: 'none';
      readonly candidates: readonly { readonly itemId: string; readonly score: number }[];
    };

export interface MatchableItem {
  readonly id: string;
  readonly title: string;
}

/** Below this, names are different things ("Phone" vs "Phone line" is 0.5). */
export const FUZZY_MATCH_THRESHOLD = 0.8;
/** Two candidates closer than this are a tie: guessing between them would be a coin toss. */
const TIE_MARGIN = 0.05;
const MAX_CANDIDATES = 3;

const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Case, accents and spacing do not make a different touchpoint. */
export const exactKey = (name: string): string =>
  withoutAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** Further: "&" is "and", and punctuation is spacing ("Hand-over" ≈ "hand over"). */
const looseKey = (name: string): string =>
  exactKey(name)
    .replace(/&|\+/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const levenshtein = (a: string, b: string): number => {
  if (a === b) return 0;
  let previousRow = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previousRow[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(substitution, (previousRow[j] as number) + 1, (row[j - 1] as number) + 1));
    }
    previousRow = row;
  }
  return previousRow[b.length] as number;
};

/**
 * Similarity of two names in 0…1: the better of edit-distance similarity on the loose form (catches
 * typos and "handover"/"hand over") and shared words (catches reordered words).
 */
export const nameSimilarity = (a: string, b: string): number => {
  const left = looseKey(a);
  const right = looseKey(b);
  if (left === '' || right === '') return 0;
  const longest = Math.max(left.length, right.length);
  const edit = 1 - levenshtein(left, right) / longest;
  const leftWords = new Set(left.split(' '));
  const rightWords = new Set(right.split(' '));
  const shared = [...leftWords].filter((word) => rightWords.has(word)).length;
  const words = (2 * shared) / (leftWords.size + rightWords.size);
  return Math.max(edit, words);
};

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

const matchOne = (name: string, items: readonly MatchableItem[]): TouchpointMatch => {
  const key = exactKey(name);
  const exact = items.filter((item) => exactKey(item.title) === key);
  if (exact.length === 1) return { kind: 'exact', itemId: (exact[0] as MatchableItem).id };
  // Two items with the same title: only the user knows which one the survey meant.
  const pool = exact.length > 1 ? exact : items;
  const ranked = pool
    .map((item) => ({
      itemId: item.id,
      score: exact.length > 1 ? 1 : round3(nameSimilarity(name, item.title)),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = ranked;
  const isTie = runnerUp !== undefined && best !== undefined && best.score - runnerUp.score < TIE_MARGIN;
  if (exact.length === 0 && best && best.score >= FUZZY_MATCH_THRESHOLD && !isTie) {
    return { kind: 'fuzzy', itemId: best.itemId, score: best.score };
  }
  return {
    kind: 'none',
    candidates: ranked.filter((candidate) => candidate.score > 0).slice(0, MAX_CANDIDATES),
  };
};

/**
 * Ties each survey touchpoint name to an item: exact (ignoring case, accents and spacing), else the
 * single clearly best fuzzy candidate at or above the threshold, else none with the closest candidates.
 */
export const matchTouchpoints = (
  names: readonly string[],
  items: readonly MatchableItem[],
): Map<string, TouchpointMatch> => new Map(names.map((name) => [name, matchOne(name, items)]));

/** The item a match points at, if any. */
export const matchedItemId = (match: TouchpointMatch | undefined): string | undefined =>
  match && match.kind !== 'none' ? match.itemId : undefined;
