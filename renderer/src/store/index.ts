export { createStudioStore } from './studioStore';
export type { StudioStore } from './studioStore';
export { StudioStoreProvider, useStudioStore, useStudioStoreApi } from './StudioStoreContext';
export type { StudioState } from './types';
export type { DocumentSource, MapRecipe } from './documentSlice';
export type { DocumentEdit } from './historySlice';
export type { SelectionChange } from './selectionSlice';
export type { HeaderRef } from './selectionSlice';
export type { ActiveDialog } from './dialogSlice';
