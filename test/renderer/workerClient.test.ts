import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerClient } from '../../renderer/src/workers/workerClient';
import type { WorkerRequest, WorkerResponse } from '../../renderer/src/workers/workerClient';

type Listener = (event: { data: unknown }) => void;

/** A worker in this thread: answers with `answer`, or stays silent until told to fail. */
class FakeWorker {
  readonly listeners = new Map<string, Listener[]>();
  readonly received: WorkerRequest<number>[] = [];
  terminated = false;

  constructor(private readonly answer: (request: number) => string | Error | null) {}

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: WorkerRequest<number>): void {
    this.received.push(message);
    const answer = this.answer(message.request);
    if (answer === null) return;
    const data: WorkerResponse<string> =
      answer instanceof Error
        ? { id: message.id, ok: false, message: answer.message }
        : { id: message.id, ok: true, response: answer };
    queueMicrotask(() => this.emit('message', data));
  }

  emit(type: string, data: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }

  terminate(): void {
    this.terminated = true;
  }
}

const withWorkerGlobal = () => vi.stubGlobal('Worker', FakeWorker);

describe('a request answered by a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves with the worker’s answer, one worker for every call', async () => {
    withWorkerGlobal();
    const workers: FakeWorker[] = [];
    const client = createWorkerClient<number, string>(
      () => {
        const worker = new FakeWorker((n) => `worker:${n * 2}`);
        workers.push(worker);
        return worker as unknown as Worker;
      },
      (n) => `here:${n}`,
    );
    expect(await Promise.all([client.call(1), client.call(2)])).toEqual(['worker:2', 'worker:4']);
    expect(workers).toHaveLength(1);
  });

  it('answers on this thread when the worker reports a failure', async () => {
    withWorkerGlobal();
    const client = createWorkerClient<number, string>(
      () => new FakeWorker(() => new Error('out of memory')) as unknown as Worker,
      (n) => `here:${n}`,
    );
    expect(await client.call(3)).toBe('here:3');
  });

  it('answers the waiting calls here when the worker dies, and does not start another', async () => {
    withWorkerGlobal();
    const workers: FakeWorker[] = [];
    const client = createWorkerClient<number, string>(
      () => {
        const worker = new FakeWorker(() => null);
        workers.push(worker);
        return worker as unknown as Worker;
      },
      (n) => `here:${n}`,
    );
    const waiting = client.call(5);
    workers[0]?.emit('error', new Error('script failed to load'));
    expect(await waiting).toBe('here:5');
    expect(workers[0]?.terminated).toBe(true);
    expect(await client.call(6)).toBe('here:6');
    expect(workers).toHaveLength(1);
  });

  it('answers here where there are no workers at all (jsdom, a refused worker)', async () => {
    const client = createWorkerClient<number, string>(
      () => {
        throw new Error('refused by policy');
      },
      (n) => `here:${n}`,
    );
    expect(await client.call(7)).toBe('here:7');
  });
});
