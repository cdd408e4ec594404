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
   * A new request whenever the view should move: `open` when a map was loaded (the canvas fits it, or
   * shows its start if it is too large to read whole), `fit` when the user asks to see it all. The
   * canvas owns the viewport, so the store only records the request and the canvas reacts to it.
   */
  readonly viewRequest: ViewRequest;
  readonly isSidePanelOpen: boolean;
  showError(message: string): void;
  dismissError(): void;
  showNotice(message: string): void;
  dismissNotice(): void;
  requestFitView(): void;
  setSidePanelOpen(open: boolean): void;
}

export interface ViewRequest {
  readonly kind: 'open' | 'fit';
  /** Counts every request, so asking twice for the same kind still moves the view twice. */
  readonly sequence: number;
}

function requestViewOf(state: Draft<Pick<UiSlice, 'viewRequest'>>, kind: ViewRequest['kind']): void {
  state.viewRequest = { kind, sequence: state.viewRequest.sequence + 1 };
}

/** A map was loaded: show it as a freshly opened map starts. */
export function requestOpeningViewOf(state: Draft<Pick<UiSlice, 'viewRequest'>>): void {
  requestViewOf(state, 'open');
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
  viewRequest: { kind: 'open', sequence: 0 },
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
  requestFitView: () => set((state) => requestViewOf(state, 'fit')),
  setSidePanelOpen: (open) =>
    set((state) => {
      state.isSidePanelOpen = open;
    }),
});
