import type { WorkerRequest, WorkerResponse } from './workerClient';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest<unknown>>) => void): void;
  postMessage(message: WorkerResponse<unknown>, transfer: Transferable[]): void;
}

/**
 * The worker's side of `createWorkerClient`: answers each request with `answer`, transferring the
 * buffers `transferOf` names instead of copying them. A thrown error is sent back as a message, and
 * the main thread then answers the request itself.
 */
export function serveRequests<Request, Response>(
  answer: (request: Request) => Response,
  transferOf: (response: Response) => Transferable[] = () => [],
): void {
  const scope = self as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    const { id, request } = event.data;
    try {
      const response = answer(request as Request);
      scope.postMessage({ id, ok: true, response }, transferOf(response));
    } catch (error: unknown) {
      scope.postMessage(
        { id, ok: false, message: error instanceof Error ? error.message : String(error) },
        [],
      );
    }
  });
}
