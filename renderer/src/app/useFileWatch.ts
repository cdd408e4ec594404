import { useEffect } from 'react';
import { useStudioApi } from '../bridge';
import { useStudioStore, useStudioStoreApi } from '../store';

/**
 * Watches the open map's file for changes by others and reports them to the store (the banner asks
 * what to do). Main never reports our own saves; a change for another path is a stale event.
 */
export function useFileWatch(): void {
  const api = useStudioApi();
  const store = useStudioStoreApi();
  const filePath = useStudioStore((state) => state.filePath);

  useEffect(() => {
    void api.watchFile(filePath);
  }, [api, filePath]);

  useEffect(
    () =>
      api.onFileChanged((change) => {
        if (change.path !== store.getState().filePath) return;
        store.getState().reportDiskChange({ path: change.path, kind: change.kind });
      }),
    [api, store],
  );
}
