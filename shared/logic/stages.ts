import type { JourneyMap, Stage } from '../model/schema';
import { err, ok } from '../result';
import { clampIndex, indexOfId, moveTo } from './collections';
import type { DeletionSummary } from './deletion';
import { applyDeletion, describeDeletion } from './deletion';
import type { EditResult } from './errors';
import { DONE, notFound } from './errors';
import { optionalText, textProblem, writeField } from './fields';
import { newIdProblem, takenIds } from './ids';

/** Stages are the columns of the map, left to right in array order. */

export interface NewStage {
  readonly id: string;
  readonly name: string;
  readonly goal?: string;
  readonly description?: string;
}

/** Inserts a stage at `index` (missing: at the end); its column starts empty. */
export const addStage = (
  map: JourneyMap,
  stage: NewStage,
  index?: number,
): EditResult<{ readonly index: number }> => {
  const problem =
    newIdProblem(takenIds(map), stage.id) ??
    textProblem('name', stage.name) ??
    textProblem('goal', stage.goal ?? '') ??
    textProblem('description', stage.description ?? '');
  if (problem) return err(problem);
  const record: Stage = { id: stage.id, name: stage.name };
  const goal = optionalText(stage.goal ?? null);
  const description = optionalText(stage.description ?? null);
  if (goal !== undefined) record.goal = goal;
  if (description !== undefined) record.description = description;
  const at = clampIndex(index, map.stages.length);
  map.stages.splice(at, 0, record);
  return ok({ index: at });
};

const findStage = (map: JourneyMap, stageId: string): Stage | undefined =>
  map.stages.find((stage) => stage.id === stageId);

export const renameStage = (map: JourneyMap, stageId: string, name: string): EditResult<void> => {
  const stage = findStage(map, stageId);
  if (!stage) return err(notFound('stage', stageId));
  const problem = textProblem('name', name);
  if (problem) return err(problem);
  writeField(stage, 'name', name);
  return DONE;
};

/** Sets what the customer wants to achieve in this stage; null or blank removes it. */
export const setStageGoal = (map: JourneyMap, stageId: string, goal: string | null): EditResult<void> =>
  setStageText(map, stageId, 'goal', goal);

export const setStageDescription = (
  map: JourneyMap,
  stageId: string,
  description: string | null,
): EditResult<void> => setStageText(map, stageId, 'description', description);

const setStageText = (
  map: JourneyMap,
  stageId: string,
  field: 'goal' | 'description',
  value: string | null,
): EditResult<void> => {
  const stage = findStage(map, stageId);
  if (!stage) return err(notFound('stage', stageId));
  const problem = textProblem(field, value ?? '');
  if (problem) return err(problem);
  writeField(stage, field, optionalText(value));
  return DONE;
};

/** Moves a stage so that it ends up at `toIndex` (clamped); its items travel with it. */
export const moveStage = (
  map: JourneyMap,
  stageId: string,
  toIndex: number,
): EditResult<{ readonly index: number }> => {
  const from = indexOfId(map.stages, stageId);
  if (from < 0) return err(notFound('stage', stageId));
  return ok({ index: moveTo(map.stages, from, toIndex) });
};

/**
 * Deletes a stage with every item in its column, and what those take along (see `DeletionSummary`);
 * `describeDeletion(map, { stageIds: [stageId] })` tells the same beforehand.
 */
export const deleteStage = (map: JourneyMap, stageId: string): EditResult<DeletionSummary> => {
  if (!findStage(map, stageId)) return err(notFound('stage', stageId));
  const summary = describeDeletion(map, { stageIds: [stageId] });
  applyDeletion(map, summary);
  return ok(summary);
};
