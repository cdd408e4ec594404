import { describe, expect, it } from 'vitest';
import { writeCxmap } from '../../shared/format';
import { LARGE_MAP_ITEMS, openFileResult } from '../../renderer/src/commands/openMap';
import { createStudioStore } from '../../renderer/src/store';
import { generateDocument } from '../bench/generateMap';

const open = async (itemCount: number) => {
  const store = createStudioStore();
  const bytes = new TextEncoder().encode(writeCxmap(generateDocument({ itemCount })));
  await openFileResult({ ok: true, value: { name: 'big.cxmap', path: null, bytes } }, store);
  return store.getState();
};

describe('opening a very large map', () => {
  it('opens it and warns that the canvas may feel slow', async () => {
    const state = await open(LARGE_MAP_ITEMS + 1);
    expect(state.doc?.map.items).toHaveLength(LARGE_MAP_ITEMS + 1);
    expect(state.notice).toContain(`This map has ${LARGE_MAP_ITEMS + 1} items, more than the 5,000`);
  });

  it('says nothing about a map of ordinary size', async () => {
    expect((await open(LARGE_MAP_ITEMS)).notice).toBeNull();
  });
});
