import type { Draft } from 'immer';
import type { SliceCreator } from './types';

export interface UiSlice {
  /** A refusal or failure the user must read and dismiss (`role="alert"`). */
  readonly errorMessage: string | null;
  /** A passing confirmation ("Saved"), shown politely. */
  readonly notice: string | null;
  /**
   * Bumped whenever the view should fit the whole map (a map was loaded, the user asked). The canvas
   * owns the viewport, so the store only records the request and the canvas reacts to the change.
   */
  readonly fitViewRequest: number;
  readonly isSidePanelOpen: boolean;
  showError(message: string): void;
  dismissError(): void;
  showNotice(message: string): void;
  dismissNotice(): void;
  requestFitView(): void;
  setSidePanelOpen(open: boolean): void;
}

export function requestFitViewOf(state: Draft<Pick<UiSlice, 'fitViewRequest'>>): void {
  state.fitViewRequest += 1;
}

export function dismissErrorOf(state: Draft<Pick<UiSlice, 'errorMessage'>>): void {
  state.errorMessage = null;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  errorMessage: null,
  notice: null,
  fitViewRequest: 0,
  isSidePanelOpen: true,
  showError: (message) =>
    set((state) => {
      state.errorMessage = message;
    }),
  dismissError: () => set(dismissErrorOf),
  showNotice: (message) =>
    set((state) => {
      state.notice = message;
    }),
  dismissNotice: () =>
    set((state) => {
      state.notice = null;
    }),
  requestFitView: () => set(requestFitViewOf),
  setSidePanelOpen: (open) =>
    set((state) => {
      state.isSidePanelOpen = open;
    }),
});
