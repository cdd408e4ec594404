import type { StudioApi } from '../../../shared/ipc/contract';
import { electronStudioApi } from './electronBridge';
import { createWebStudioApi } from './web';

export { StudioApiProvider, useStudioApi } from './StudioApiContext';

/** Electron's bridge when the preload exposed one, else the browser implementation. */
export function createStudioApi(host: Pick<Window, 'studio' | 'document'> = window): StudioApi {
  return electronStudioApi(host) ?? createWebStudioApi(host.document);
}
