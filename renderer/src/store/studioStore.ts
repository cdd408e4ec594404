import { immer } from 'zustand/middleware/immer';
import { createStore } from 'zustand/vanilla';
import { createCanvasTargetSlice } from './canvasTargetSlice';
import { createDialogSlice } from './dialogSlice';
import { createDocumentSlice } from './documentSlice';
import { createEvidenceEditsSlice } from './evidenceEditsSlice';
import { createHistorySlice } from './historySlice';
import { createMapEditsSlice } from './mapEditsSlice';
import { createSelectionEditsSlice } from './selectionEditsSlice';
import { createSelectionSlice } from './selectionSlice';
import type { StudioState } from './types';
import { createRevisionViewSlice } from './revisionViewSlice';
import { createSessionSlice } from './sessionSlice';
import { createUiSlice } from './uiSlice';

/**
 * The one bound store of a Studio window, built from slices with the Immer middleware applied once.
 * A factory rather than a module singleton, so each window (and each test) has its own.
 */
export function createStudioStore() {
  return createStore<StudioState>()(
    immer((...args) => ({
      ...createDocumentSlice(...args),
      ...createMapEditsSlice(...args),
      ...createEvidenceEditsSlice(...args),
      ...createSelectionSlice(...args),
      ...createUiSlice(...args),
      ...createHistorySlice(...args),
      ...createSelectionEditsSlice(...args),
      ...createDialogSlice(...args),
      ...createCanvasTargetSlice(...args),
      ...createSessionSlice(...args),
      ...createRevisionViewSlice(...args),
    })),
  );
}

export type StudioStore = ReturnType<typeof createStudioStore>;
