import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ItemPresentation from '../../renderer/src/canvas/itemPresentation';
import { renderStudioWithMap } from './renderStudio';

// Every render of a card names it once, so the calls of `itemAriaLabel` count card renders.
const renders = vi.hoisted(() => ({ byTitle: new Map<string, number>() }));
vi.mock('../../renderer/src/canvas/itemPresentation', async (importOriginal) => {
  const original = await importOriginal<typeof ItemPresentation>();
  return {
    ...original,
    itemAriaLabel: (...args: Parameters<typeof original.itemAriaLabel>) => {
      const title = args[0].title;
      renders.byTitle.set(title, (renders.byTitle.get(title) ?? 0) + 1);
      return original.itemAriaLabel(...args);
    },
  };
});

const totalRenders = () => [...renders.byTitle.values()].reduce((sum, count) => sum + count, 0);

describe('card renders', () => {
  beforeEach(() => renders.byTitle.clear());

  it('re-renders only the renamed card on a rename, and only it again on undo', async () => {
    const { store } = await renderStudioWithMap();
    renders.byTitle.clear();

    act(() => store.getState().updateItem('tp-app', { title: 'Station map, renamed' }));
    await screen.findByText('Station map, renamed');
    expect([...renders.byTitle.keys()]).toEqual(['Station map, renamed']);
    expect(totalRenders()).toBe(1);

    renders.byTitle.clear();
    act(() => store.getState().undo());
    await screen.findByText('Station map in the app');
    expect([...renders.byTitle.keys()]).toEqual(['Station map in the app']);
    expect(totalRenders()).toBe(1);
  });

  it('re-renders no card when an unrelated part of the store changes', async () => {
    const { store } = await renderStudioWithMap();
    renders.byTitle.clear();
    act(() => store.getState().setFilters({ kinds: [], channels: [], owners: [] }));
    act(() => store.getState().clearSelection());
    expect(totalRenders()).toBe(0);
  });
});
