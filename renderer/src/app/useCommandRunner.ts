import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { useStudioApi } from '../bridge';
import { commandById } from '../commands';
import type { CommandContext, CommandId, RunCommand, TextClipboard } from '../commands';
import { t } from '../i18n';
import { useStudioStoreApi } from '../store';

const ZOOM_DURATION_MS = 150;

/** `navigator.clipboard` exists only in secure contexts (and not in every test environment). */
function systemClipboard(): TextClipboard | null {
  return (globalThis.navigator as Navigator | undefined)?.clipboard ?? null;
}

/**
 * Runs commands by id for every trigger (toolbar, keyboard, native menu, palette, context menu). A command that is still
 * running is not started again, so a shortcut pressed while the open dialog is up (or a menu item
 * that also has the shortcut) cannot stack a second dialog on the first.
 */
export function useCommandRunner(): RunCommand {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const { zoomIn, zoomOut } = useReactFlow();
  const running = useRef(new Set<CommandId>());

  const context = useMemo(
    (): CommandContext => ({
      api,
      store,
      viewport: {
        zoomIn: () => void zoomIn({ duration: ZOOM_DURATION_MS }),
        zoomOut: () => void zoomOut({ duration: ZOOM_DURATION_MS }),
      },
      // Read when a command runs, not now: tests and the browser may install it later.
      get clipboard() {
        return systemClipboard();
      },
    }),
    [api, store, zoomIn, zoomOut],
  );

  return useCallback(
    (id: CommandId) => {
      const command = commandById(id);
      if (running.current.has(id) || !command.isEnabled(store.getState())) return;
      const showFailure = (error: unknown) =>
        store
          .getState()
          .showError(
            t('error.unexpected', { message: error instanceof Error ? error.message : String(error) }),
          );
      try {
        const outcome = command.perform(context);
        if (outcome instanceof Promise) {
          running.current.add(id);
          void outcome.catch(showFailure).finally(() => running.current.delete(id));
        }
      } catch (error) {
        showFailure(error);
      }
    },
    [context, store],
  );
}
