import type { StateCreator } from 'zustand/vanilla';
import type { CanvasTargetSlice } from './canvasTargetSlice';
import type { DialogSlice } from './dialogSlice';
import type { DocumentSlice } from './documentSlice';
import type { EvidenceEditsSlice } from './evidenceEditsSlice';
import type { HistorySlice } from './historySlice';
import type { MapEditsSlice } from './mapEditsSlice';
import type { RevisionViewSlice } from './revisionViewSlice';
import type { SelectionEditsSlice } from './selectionEditsSlice';
import type { SelectionSlice } from './selectionSlice';
import type { SessionSlice } from './sessionSlice';
import type { UiSlice } from './uiSlice';

export type StudioState = DocumentSlice &
  EvidenceEditsSlice &
  MapEditsSlice &
  SelectionSlice &
  SelectionEditsSlice &
  UiSlice &
  HistorySlice &
  DialogSlice &
  CanvasTargetSlice &
  SessionSlice &
  RevisionViewSlice;

/**
 * A slice sees (and may set) the whole state, with the Immer middleware that the bound store applies
 * once (zustand's slices pattern): slices never wrap themselves in middleware.
 */
export type SliceCreator<Slice> = StateCreator<StudioState, [['zustand/immer', never]], [], Slice>;
