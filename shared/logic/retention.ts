/**
 * Which revisions of a map to keep as its history grows (issue "Living maps"). Automatic revisions
 * arrive every few minutes of editing; keeping all of them forever would fill the disk, dropping them
 * blindly would lose the states people come back for. So, like a backup tool's thinning:
 *
 * - named and imported revisions are kept forever (someone chose them, or they came from a file);
 * - automatic ones: all of the last 24 hours (`createdAt >= now - 24 h`, so exactly 24 h is kept),
 *   then the newest one per UTC calendar day up to 30 days old (exactly 30 days still counts as
 *   daily), then the newest one per ISO week (weeks start on Monday, UTC);
 * - the newest revision overall is always kept, whatever its age: it is the map's head.
 *
 * Each tier thins only its own revisions: the newest automatic revision of a day older than 24 h is
 * kept even when a later revision of the same day is still inside the 24-hour window, so moving from
 * one tier to the next never leaves a day (or week) without a revision.
 */

export type RevisionKind = 'auto' | 'named' | 'imported';

export interface RetentionCandidate {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly kind: RevisionKind;
}

export interface RetentionPlan {
  /** Ids to keep, in the order they were given. */
  readonly keep: string[];
  /** Ids to delete, in the order they were given. */
  readonly drop: string[];
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const KEEP_ALL_FOR_MS = DAY_MS;
export const KEEP_DAILY_FOR_MS = 30 * DAY_MS;

/** Days since 1970-01-01 (a Thursday), in UTC. */
const utcDayNumber = (time: number): number => Math.floor(time / DAY_MS);

/**
 * A number unique to the ISO week (Monday to Sunday, UTC) that holds `time`. Counting whole weeks
 * from the Monday before the epoch avoids ISO week-year arithmetic: only equality matters here.
 */
const utcWeekNumber = (time: number): number => Math.floor((utcDayNumber(time) + 3) / 7);

/** Newest first; ties broken by id so that the plan never depends on the input order. */
const newestFirst = (a: RetentionCandidate, b: RetentionCandidate): number =>
  b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const planRetention = (revisions: readonly RetentionCandidate[], now: number): RetentionPlan => {
  const kept = new Set<string>();
  const sorted = [...revisions].sort(newestFirst);
  const newest = sorted[0];
  if (newest !== undefined) kept.add(newest.id);

  // The first (newest) automatic revision seen in a bucket is the one that bucket keeps.
  const daysSeen = new Set<number>();
  const weeksSeen = new Set<number>();
  for (const revision of sorted) {
    if (revision.kind !== 'auto') {
      kept.add(revision.id);
      continue;
    }
    const age = now - revision.createdAt;
    if (age <= KEEP_ALL_FOR_MS) {
      kept.add(revision.id);
    } else if (age <= KEEP_DAILY_FOR_MS) {
      const day = utcDayNumber(revision.createdAt);
      if (!daysSeen.has(day)) kept.add(revision.id);
      daysSeen.add(day);
    } else {
      const week = utcWeekNumber(revision.createdAt);
      if (!weeksSeen.has(week)) kept.add(revision.id);
      weeksSeen.add(week);
    }
  }

  const keep: string[] = [];
  const drop: string[] = [];
  for (const revision of revisions) (kept.has(revision.id) ? keep : drop).push(revision.id);
  return { keep, drop };
};
