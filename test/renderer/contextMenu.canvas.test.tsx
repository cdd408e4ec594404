import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StudioStore } from '../../renderer/src/store';
import { present } from './present';
import { renderStudioWithMap } from './renderStudio';
import { commuteMap } from './sampleMaps';

const mapOf = (store: StudioStore) => present(store.getState().doc, 'open document').map;
const card = (title: RegExp) => screen.getByRole('group', { name: title });
const menuEntries = () =>
  within(screen.getByRole('menu', { name: 'Actions' }))
    .getAllByRole('menuitem')
    // The first span is the command's label; a second one shows its shortcut.
    .map((entry) => entry.querySelector('span')?.textContent);

describe('the canvas context menu', () => {
  it('lists the item commands on a right-clicked card, and Duplicate duplicates that card', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.contextMenu(card(/Reserve a dock before arriving/));

    const entries = menuEntries();
    expect(entries.slice(0, 4)).toEqual(['Copy', 'Cut', 'Duplicate', 'Delete']);
    expect(entries.join(' ')).toContain('Add friction point');
    expect(screen.getAllByRole('separator')).toHaveLength(1);

    await userEvent.click(screen.getByRole('menuitem', { name: /Duplicate/ }));

    const titles = mapOf(store).items.map((item) => item.title);
    expect(titles.filter((title) => title === 'Reserve a dock before arriving')).toHaveLength(2);
    expect(screen.queryByRole('menu', { name: 'Actions' })).toBeNull();
    expect(screen.getAllByRole('group', { name: /Reserve a dock before arriving/ })).toHaveLength(2);
  });

  it('adds an item into the right-clicked cell, not the first one', async () => {
    const { store } = await renderStudioWithMap();
    // A selected card elsewhere must not pull the new item into its own cell.
    act(() => store.getState().selectOnlyItem('tp-app'));

    fireEvent.contextMenu(screen.getByRole('group', { name: 'Cell Notes × Return, 0 items' }));
    expect(menuEntries()[0]).toBe('Paste');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Add magic moment' }));

    const added = mapOf(store).items.filter(
      (item) => item.stageId === 'st-return' && item.laneId === 'ln-notes',
    );
    expect(added.map((item) => item.kind)).toEqual(['magic']);
    expect(screen.getByRole('group', { name: 'Cell Notes × Return, 1 item' })).toBeTruthy();
  });

  it('opens from the keyboard with Shift+F10 on a focused card, and Escape gives focus back', async () => {
    const { store } = await renderStudioWithMap();

    const focused = card(/Station full, no free dock/);
    focused.focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');

    expect(store.getState().selectedItemIds).toEqual(['fr-full']);
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: /Copy/ }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu', { name: 'Actions' })).toBeNull();
    expect(document.activeElement).toBe(focused);
  });

  it('deletes a right-clicked link and nothing else, as one undo step', async () => {
    const { store } = await renderStudioWithMap();
    act(() => store.getState().selectOnlyItem('tp-app'));
    const edge = present(document.querySelector('.react-flow__edge[data-id="lk-2"]'), 'edge lk-2');

    fireEvent.contextMenu(edge);
    expect(menuEntries()).toEqual(['Edit link label…', 'Delete']);
    await userEvent.click(screen.getByRole('menuitem', { name: /Delete/ }));

    expect(mapOf(store).links.map((link) => link.id)).toEqual(['lk-1']);
    expect(mapOf(store).items).toHaveLength(commuteMap().items.length);
    act(() => store.getState().undo());
    expect(mapOf(store).links.map((link) => link.id)).toEqual(['lk-1', 'lk-2']);
  });

  it('edits a link label from its menu', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.contextMenu(present(document.querySelector('.react-flow__edge[data-id="lk-1"]'), 'edge lk-1'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Edit link label…' }));
    const field = await screen.findByRole('textbox', { name: 'Link label' });
    await userEvent.type(field, 'then{Enter}');

    expect(mapOf(store).links.find((link) => link.id === 'lk-1')?.label).toBe('then');
  });

  it('offers Add stage, Add lane and Zoom to fit on the empty canvas', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.contextMenu(present(document.querySelector('.react-flow__pane'), 'pane'));
    expect(menuEntries()).toEqual(['Add stage', 'Add lane', 'Zoom to fit']);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Add stage' }));

    expect(mapOf(store).stages).toHaveLength(4);
    await waitFor(() => expect(screen.getAllByTestId('stage-header')).toHaveLength(4));
  });
});
