import type { TrustedOrigins } from '../app-origin';
import { isTrustedSender, type IpcSenderEvent } from '../security';

/** What a handler may learn about the call: who sent it (to parent a dialog on their window). */
export interface InvokeEvent extends IpcSenderEvent {
  readonly sender: unknown;
}

/**
 * One `ipcRenderer.invoke` channel. The renderer is not trusted: `handle` receives its arguments as
 * `unknown` and validates them, and `refuse` gives the answer for a caller that is turned away, so
 * nothing ever throws across IPC (a thrown error reaches the renderer as an opaque rejection).
 */
export interface TrustedInvokeHandler<Result> {
  readonly channel: string;
  handle(args: readonly unknown[], event: InvokeEvent): Promise<Result>;
  refuse(reason: string): Result;
}

/** The part of `ipcMain` registration needs. */
export interface InvokeRegistry {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** Wraps a handler with the sender check and a last-resort catch. */
export const guardHandler =
  <Result>(handler: TrustedInvokeHandler<Result>, trusted: TrustedOrigins) =>
  async (event: InvokeEvent, ...args: unknown[]): Promise<Result> => {
    if (!isTrustedSender(event, trusted))
      return handler.refuse('the request did not come from Journey Studio');
    try {
      return await handler.handle(args, event);
    } catch {
      return handler.refuse('the request failed unexpectedly');
    }
  };

export const registerTrustedHandlers = (
  ipcMain: InvokeRegistry,
  handlers: readonly TrustedInvokeHandler<unknown>[],
  trusted: TrustedOrigins,
): void => {
  for (const handler of handlers) ipcMain.handle(handler.channel, guardHandler(handler, trusted));
};
