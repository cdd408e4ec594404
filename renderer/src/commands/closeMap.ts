import type { StudioApi } from '../../../shared/ipc/contract';
import { selectIsDirty } from '../store';
import type { StudioStore } from '../store';

/** The part of the window the Close command needs; `window` in the app, a recorder in tests. */
export interface ClosableWindow {
  close(): void;
}

/**
 * File > Close. In Electron a window shows one map, so Close closes the window and main's close guard
 * asks about unsaved changes (one dialog for Close, the close button and quitting alike). In a browser a
 * page cannot close its tab, so the map closes back to the start screen, asking first when it has
 * unsaved work.
 */
export function closeMap(api: StudioApi, store: StudioStore, window: ClosableWindow): void {
  if (api.platform === 'electron') {
    window.close();
    return;
  }
  const state = store.getState();
  if (state.doc === null) return;
  if (selectIsDirty(state)) state.openDialog({ kind: 'confirmCloseMap' });
  else state.closeDocument();
}
