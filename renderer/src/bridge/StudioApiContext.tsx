import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { StudioApi } from '../../../shared/ipc/contract';

const StudioApiContext = createContext<StudioApi | null>(null);

/** Components reach the OS through this provider, so tests can hand them a fake StudioApi. */
export function StudioApiProvider({ api, children }: { api: StudioApi; children: ReactNode }) {
  return <StudioApiContext.Provider value={api}>{children}</StudioApiContext.Provider>;
}

export function useStudioApi(): StudioApi {
  const api = useContext(StudioApiContext);
  if (api === null) throw new Error('useStudioApi must be used inside <StudioApiProvider>.');
  return api;
}
