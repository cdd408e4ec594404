import type { JourneyMap } from '../model/schema';
import type { CellRef } from './cells';

/** Arrow-key directions on the grid: left/right walk the stages, up/down walk the lanes. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The cell next to `cell` in `direction`, for moving keyboard focus; null at the edge of the map
 * (focus stays put rather than wrapping, so holding an arrow key never jumps across the map) or when
 * `cell` is no longer on the map.
 */
export const neighbourCell = (map: JourneyMap, cell: CellRef, direction: Direction): CellRef | null => {
  const stageIndex = map.stages.findIndex((stage) => stage.id === cell.stageId);
  const laneIndex = map.lanes.findIndex((lane) => lane.id === cell.laneId);
  if (stageIndex < 0 || laneIndex < 0) return null;
  const horizontal = direction === 'left' || direction === 'right';
  const step = direction === 'left' || direction === 'up' ? -1 : 1;
  if (horizontal) {
    const stage = map.stages[stageIndex + step];
    return stage ? { stageId: stage.id, laneId: cell.laneId } : null;
  }
  const lane = map.lanes[laneIndex + step];
  return lane ? { stageId: cell.stageId, laneId: lane.id } : null;
};

/** The top-left cell, where focus lands when the grid is entered; null for a map without cells. */
export const firstCell = (map: JourneyMap): CellRef | null => {
  const [stage] = map.stages;
  const [lane] = map.lanes;
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
};
