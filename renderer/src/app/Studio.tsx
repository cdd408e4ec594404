import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import type { StudioApi } from '../../../shared/ipc/contract';
import { StudioApiProvider } from '../bridge';
import { createStudioStore, StudioStoreProvider } from '../store';
import type { StudioStore } from '../store';
import { App } from './App';

/**
 * Everything a Studio window needs around the app: the OS bridge, its own store, and React Flow's
 * provider (so the toolbar can zoom the canvas it does not contain). Tests render this with a fake
 * StudioApi, and may pass a store to inspect it.
 */
export function Studio({ api, store }: { api: StudioApi; store?: StudioStore }) {
  const [ownStore] = useState(() => store ?? createStudioStore());
  return (
    <StudioApiProvider api={api}>
      <StudioStoreProvider store={ownStore}>
        <ReactFlowProvider>
          <App />
        </ReactFlowProvider>
      </StudioStoreProvider>
    </StudioApiProvider>
  );
}
