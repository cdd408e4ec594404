import { castDraft } from 'immer';
import type { Draft } from 'immer';
import type { Channel, ItemKind } from '../../../shared/model';
import type { SliceCreator } from './types';

/** Which items the canvas shows at full strength; the others are dimmed, never hidden. */
export interface ItemFilters {
  readonly kinds: readonly ItemKind[];
  readonly channels: readonly Channel[];
  readonly owners: readonly string[];
}

export const NO_FILTERS: ItemFilters = { kinds: [], channels: [], owners: [] };

export interface UiSlice {
  /** "Focus on persona": items that do not concern this persona are dimmed. */
  readonly focusedPersonaId: string | null;
  /** Text of the find bar (Ctrl/Cmd+F); `null` when the bar is closed. */
  readonly findQuery: string | null;
  readonly filters: ItemFilters;
  /**
   * Bumped with an item id when the view should bring that item into view (find, insights, undo of a
   * far-away edit); the canvas owns the viewport and reacts to the change.
   */
  readonly revealRequest: { readonly itemId: string; readonly sequence: number } | null;
  setFocusedPersona(personaId: string | null): void;
  setFindQuery(query: string | null): void;
  setFilters(filters: ItemFilters): void;
  revealItem(itemId: string): void;
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

/** Focus, find and filters belong to the map they were set on: a newly opened map starts unfiltered. */
export function resetViewFiltersOf(
  state: Draft<Pick<UiSlice, 'focusedPersonaId' | 'findQuery' | 'filters' | 'revealRequest'>>,
): void {
  state.focusedPersonaId = null;
  state.findQuery = null;
  state.filters = castDraft(NO_FILTERS);
  state.revealRequest = null;
}

export function dismissErrorOf(state: Draft<Pick<UiSlice, 'errorMessage'>>): void {
  state.errorMessage = null;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  focusedPersonaId: null,
  findQuery: null,
  filters: NO_FILTERS,
  revealRequest: null,
  setFocusedPersona: (personaId) =>
    set((state) => {
      state.focusedPersonaId = personaId;
    }),
  setFindQuery: (query) =>
    set((state) => {
      state.findQuery = query;
    }),
  setFilters: (filters) =>
    set((state) => {
      state.filters = castDraft(filters);
    }),
  revealItem: (itemId) =>
    set((state) => {
      state.revealRequest = { itemId, sequence: (state.revealRequest?.sequence ?? 0) + 1 };
    }),
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
