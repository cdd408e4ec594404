import type { Lane, JourneyMap } from '../model/schema';
import type { LaneKind } from '../model/vocabulary';
import { LANE_KINDS } from '../model/vocabulary';
import { err, ok } from '../result';
import { clampIndex, indexOfId, moveTo } from './collections';
import type { DeletionSummary } from './deletion';
import { applyDeletion, describeDeletion } from './deletion';
import type { EditError, EditResult } from './errors';
import { DONE, notFound } from './errors';
import { textProblem, writeField } from './fields';
import { newIdProblem, takenIds } from './ids';

/** Lanes are the rows of the map, top to bottom in array order; a lane's kind says what it holds. */

export interface NewLane {
  readonly id: string;
  readonly name: string;
  readonly kind: LaneKind;
}

const laneKindProblem = (kind: string): EditError | null =>
  (LANE_KINDS as readonly string[]).includes(kind)
    ? null
    : { reason: 'invalid-value', field: 'kind', problem: `is not one of ${LANE_KINDS.join(', ')}` };

/** Inserts a lane at `index` (missing: at the bottom); its row starts empty. */
export const addLane = (
  map: JourneyMap,
  lane: NewLane,
  index?: number,
): EditResult<{ readonly index: number }> => {
  const problem =
    newIdProblem(takenIds(map), lane.id) ?? textProblem('name', lane.name) ?? laneKindProblem(lane.kind);
  if (problem) return err(problem);
  const at = clampIndex(index, map.lanes.length);
  map.lanes.splice(at, 0, { id: lane.id, name: lane.name, kind: lane.kind });
  return ok({ index: at });
};

const findLane = (map: JourneyMap, laneId: string): Lane | undefined =>
  map.lanes.find((lane) => lane.id === laneId);

export const renameLane = (map: JourneyMap, laneId: string, name: string): EditResult<void> => {
  const lane = findLane(map, laneId);
  if (!lane) return err(notFound('lane', laneId));
  const problem = textProblem('name', name);
  if (problem) return err(problem);
  writeField(lane, 'name', name);
  return DONE;
};

/**
 * Changes what a lane is for (an `emotions` lane shows the emotion curve). Its items stay: a lane's
 * kind is a presentation hint, not a constraint on the items in it.
 */
export const setLaneKind = (map: JourneyMap, laneId: string, kind: LaneKind): EditResult<void> => {
  const lane = findLane(map, laneId);
  if (!lane) return err(notFound('lane', laneId));
  const problem = laneKindProblem(kind);
  if (problem) return err(problem);
  writeField(lane, 'kind', kind);
  return DONE;
};

/** Moves a lane so that it ends up at `toIndex` (clamped); its items travel with it. */
export const moveLane = (
  map: JourneyMap,
  laneId: string,
  toIndex: number,
): EditResult<{ readonly index: number }> => {
  const from = indexOfId(map.lanes, laneId);
  if (from < 0) return err(notFound('lane', laneId));
  return ok({ index: moveTo(map.lanes, from, toIndex) });
};

/**
 * Deletes a lane with every item in its row, and what those take along (see `DeletionSummary`);
 * `describeDeletion(map, { laneIds: [laneId] })` tells the same beforehand.
 */
export const deleteLane = (map: JourneyMap, laneId: string): EditResult<DeletionSummary> => {
  if (!findLane(map, laneId)) return err(notFound('lane', laneId));
  const summary = describeDeletion(map, { laneIds: [laneId] });
  applyDeletion(map, summary);
  return ok(summary);
};
