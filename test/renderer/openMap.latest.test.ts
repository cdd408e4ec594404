import { describe, expect, it, vi } from 'vitest';
import { writeCxmap } from '../../shared/format';
import type { readCxmap } from '../../shared/format';
import { openFileResult } from '../../renderer/src/commands/openMap';
import { createStudioStore } from '../../renderer/src/store';
import { documentOf, commuteMap } from './sampleMaps';

type ReadResult = ReturnType<typeof readCxmap>;

// Reading happens in a worker: here each read waits until the test lets it finish, in any order.
const reads = vi.hoisted(() => ({ pending: [] as { bytes: Uint8Array; finish: () => void }[] }));
vi.mock('../../renderer/src/workers/documentReader', async () => {
  const { readCxmap: read } = await import('../../shared/format');
  return {
    readCxmapOffThread: (bytes: Uint8Array) =>
      new Promise<ReadResult>((resolve) => {
        reads.pending.push({ bytes, finish: () => resolve(read(bytes)) });
      }),
  };
});

const fileNamed = (title: string) => {
  const map = { ...commuteMap(), title };
  return {
    ok: true as const,
    value: {
      name: `${title}.cxmap`,
      path: null,
      bytes: new TextEncoder().encode(writeCxmap(documentOf(map))),
    },
  };
};

describe('opening two files in quick succession', () => {
  it('shows the one opened last, even when the first finishes reading after it', async () => {
    const store = createStudioStore();
    const first = openFileResult(fileNamed('First'), store);
    const second = openFileResult(fileNamed('Second'), store);
    const [firstRead, secondRead] = reads.pending;
    secondRead?.finish();
    await second;
    firstRead?.finish();
    await first;
    expect(store.getState().doc?.map.title).toBe('Second');
    expect(store.getState().fileName).toBe('Second.cxmap');
  });
});
