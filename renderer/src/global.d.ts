import type { StudioApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in a plain browser. */
    readonly studio?: StudioApi;
  }
}

export {};
