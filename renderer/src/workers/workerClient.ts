/**
 * The main thread's side of a dedicated worker that answers requests: `call(request)` resolves with
 * what `answerHere(request)` would return. Where a module worker cannot be started (jsdom in tests, a
 * policy that refuses it) or dies, the request is answered here instead: slower to the eye, never lost.
 * The worker's side is `serveRequests` (workerServer.ts).
 */

/** What travels to the worker. */
export interface WorkerRequest<Request> {
  readonly id: number;
  readonly request: Request;
}

/** What travels back: the answer, or why there is none (the caller then answers on the main thread). */
export type WorkerResponse<Response> =
  | { readonly id: number; readonly ok: true; readonly response: Response }
  | { readonly id: number; readonly ok: false; readonly message: string };

export interface WorkerClient<Request, Response> {
  /** Starts the worker ahead of need, so that the first call does not also wait for its script. */
  prepare(): void;
  call(request: Request): Promise<Response>;
}

/**
 * `startWorker` must construct the worker itself (`new Worker(new URL('./x.ts', import.meta.url), …)`):
 * the bundler finds worker scripts by that literal expression.
 */
export function createWorkerClient<Request, Response>(
  startWorker: () => Worker,
  answerHere: (request: Request) => Response,
): WorkerClient<Request, Response> {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const pending = new Map<number, (response: WorkerResponse<Response>) => void>();

  const failAll = (message: string): void => {
    for (const [id, settle] of pending) settle({ id, ok: false, message });
    pending.clear();
  };

  const start = (): Worker | null => {
    if (typeof Worker === 'undefined') return null;
    try {
      const started = startWorker();
      started.addEventListener('message', (event: MessageEvent<WorkerResponse<Response>>) => {
        const settle = pending.get(event.data.id);
        pending.delete(event.data.id);
        settle?.(event.data);
      });
      // A worker that fails to load or crashes is not tried again: the rest of the session works here.
      started.addEventListener('error', () => {
        worker = null;
        started.terminate();
        failAll('the worker stopped');
      });
      return started;
    } catch {
      return null;
    }
  };

  const prepare = (): void => {
    if (worker === undefined) worker = start();
  };

  return {
    prepare,
    async call(request) {
      prepare();
      const current = worker ?? null;
      if (current === null) return answerHere(request);
      const id = nextId++;
      const answer = await new Promise<WorkerResponse<Response>>((resolve) => {
        pending.set(id, resolve);
        current.postMessage({ id, request } satisfies WorkerRequest<Request>);
      });
      return answer.ok ? answer.response : answerHere(request);
    },
  };
}
