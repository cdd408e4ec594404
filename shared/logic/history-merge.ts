/**
 * Merging a file's revision history with the local one (FORMAT.md, "history"): opening a file whose
 * history overlaps ours must add the revisions we lack, once, whichever side is opened first.
 * Revisions are identified by `id` alone. Two different revisions with one id mean the file was copied
 * and edited outside the app, not that one revision was edited: we keep ours and report the clash.
 */
import type { HistoryEntry } from '../model';
import { deepEqual } from './diff-values';

export interface HistoryConflict {
  readonly id: string;
  /** The entry kept. */
  readonly local: HistoryEntry;
  /** The entry with the same id and different content, not merged. */
  readonly incoming: HistoryEntry;
}

export interface HistoryMerge {
  /** Every revision of both sides once, oldest first (`createdAt`, then `id`). */
  readonly merged: HistoryEntry[];
  /** The incoming revisions the local history lacked, in the same order. */
  readonly added: HistoryEntry[];
  /** Incoming revisions whose id is taken by a different local revision, in incoming order. */
  readonly conflicts: HistoryConflict[];
}

/** `createdAt` as a time; unparseable dates sort first, like unparseable metric dates. */
const timeOf = (entry: HistoryEntry): number => {
  const time = Date.parse(entry.createdAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Oldest first. Times are compared as instants (one writer may use "Z", another "+02:00"); equal
 * instants fall back to the id, so the order never depends on which side an entry came from.
 */
const oldestFirst = (a: HistoryEntry, b: HistoryEntry): number =>
  // Two unparseable dates give NaN here, which `||` treats as a tie.
  timeOf(a) - timeOf(b) || compareStrings(a.id, b.id);

/** Entries with one id (the first) and in order; a history that repeats an id keeps its first copy. */
const uniqueById = (entries: readonly HistoryEntry[]): Map<string, HistoryEntry> => {
  const byId = new Map<string, HistoryEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return byId;
};

/**
 * The union of two histories by revision id. `parentId`s are kept as they are, even when the parent is
 * on neither side (an exported file may carry only its latest revisions). Idempotent: merging the
 * result with the same incoming history again adds nothing. Commutative in content when the sides do
 * not conflict; on a conflict the local entry wins.
 */
export const mergeHistories = (
  local: readonly HistoryEntry[],
  incoming: readonly HistoryEntry[],
): HistoryMerge => {
  const byId = uniqueById(local);
  const added: HistoryEntry[] = [];
  const conflicts: HistoryConflict[] = [];
  for (const entry of uniqueById(incoming).values()) {
    const kept = byId.get(entry.id);
    if (kept === undefined) {
      byId.set(entry.id, entry);
      added.push(entry);
    } else if (kept !== entry && !deepEqual(kept, entry)) {
      conflicts.push({ id: entry.id, local: kept, incoming: entry });
    }
  }
  return { merged: [...byId.values()].sort(oldestFirst), added: added.sort(oldestFirst), conflicts };
};

/**
 * The history to write into a `.cxmap`: each revision once, oldest first, so that two saves of the same
 * history are byte-identical. With `maxEntries`, only the newest that many are written (a file meant to
 * be e-mailed should not carry years of autosaves); their `parentId`s still name the dropped ones,
 * which the merge above tolerates.
 */
export const historyForFile = (entries: readonly HistoryEntry[], maxEntries?: number): HistoryEntry[] => {
  const ordered = [...uniqueById(entries).values()].sort(oldestFirst);
  if (maxEntries === undefined || Number.isNaN(maxEntries)) return ordered;
  const limit = Math.max(0, Math.floor(maxEntries));
  return limit === 0 ? [] : ordered.slice(-limit);
};
