import type { JourneyMap } from '../model/schema';
import { err } from '../result';
import type { EditResult } from './errors';
import { DONE } from './errors';
import { optionalText, textProblem, writeField } from './fields';

/**
 * The map's own details. No other operation reads a clock: the caller that owns time (the store,
 * once per user action) stamps `updatedAt` with `stampUpdated`, so edits stay deterministic.
 */

export const setMapTitle = (map: JourneyMap, title: string): EditResult<void> => {
  const problem = textProblem('title', title);
  if (problem) return err(problem);
  writeField(map, 'title', title);
  return DONE;
};

/** null or blank removes the description. */
export const setMapDescription = (map: JourneyMap, description: string | null): EditResult<void> => {
  const problem = textProblem('description', description ?? '');
  if (problem) return err(problem);
  writeField(map, 'description', optionalText(description));
  return DONE;
};

/** Records when the map last changed; `now` is an ISO-8601 date-time from the caller. */
export const stampUpdated = (map: JourneyMap, now: string): void => {
  writeField(map, 'updatedAt', now);
};
