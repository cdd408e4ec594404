import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { openExternalUrl, type ExternalOpener } from '../security';
import type { TrustedInvokeHandler } from './trusted-handlers';

/** `openExternal(url)`: exactly one argument, which `openExternalUrl` parses before the OS sees it. */
export const createOpenExternalHandler = (shell: ExternalOpener): TrustedInvokeHandler<boolean> => ({
  channel: IPC_CHANNELS.openExternal,
  refuse: () => false,
  async handle(args) {
    if (args.length !== 1) return false;
    return openExternalUrl(shell, args[0]);
  },
});
