// Not `electron.ts`: the lint rule that keeps the `electron` package out of the renderer matches that name.
import type { StudioApi } from '../../../shared/ipc/contract';

/** The preload's `window.studio`, or `null` when the page runs in a plain browser. */
export function electronStudioApi(host: Pick<Window, 'studio'> = window): StudioApi | null {
  return host.studio ?? null;
}
