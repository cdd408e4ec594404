import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StudioStore } from '../../renderer/src/store';
import { present } from './present';
import { renderStudioWithMap } from './renderStudio';

const labelOf = (store: StudioStore, linkId: string) =>
  present(store.getState().doc, 'open document').map.links.find((link) => link.id === linkId)?.label;
const edge = (linkId: string) =>
  present(document.querySelector(`.react-flow__edge[data-id="${linkId}"]`), `edge ${linkId}`);

describe('link labels on the canvas', () => {
  it('sets a label typed after a double-click on the link, as one undo step', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.doubleClick(edge('lk-1'));
    const field = await screen.findByRole('textbox', { name: 'Link label' });
    await userEvent.type(field, 'unlocks{Enter}');

    expect(labelOf(store, 'lk-1')).toBe('unlocks');
    expect(screen.queryByRole('textbox', { name: 'Link label' })).toBeNull();
    await waitFor(() => expect(screen.getByText('unlocks')).toBeTruthy());
    expect(store.getState().undoStack).toHaveLength(1);
    act(() => store.getState().undo());
    expect(labelOf(store, 'lk-1')).toBeUndefined();
  });

  it('starts from the current label and clears it when emptied', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.doubleClick(edge('lk-2'));
    const field = await screen.findByRole('textbox', { name: 'Link label' });
    expect((field as HTMLInputElement).value).toBe('after the ride');
    await userEvent.clear(field);
    await userEvent.keyboard('{Enter}');

    expect(labelOf(store, 'lk-2')).toBeUndefined();
  });
});

describe('reveal requests', () => {
  it('focuses the revealed item', async () => {
    const { store } = await renderStudioWithMap();
    const target = screen.getByRole('group', { name: /Reserve a dock before arriving/ });
    expect(document.activeElement).not.toBe(target);

    act(() => store.getState().revealItem('op-reserve'));

    await waitFor(() => expect(document.activeElement).toBe(target));
  });
});
