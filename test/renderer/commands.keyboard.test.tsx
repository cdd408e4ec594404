import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

/** The app with the commute map open and its cards on the canvas; `user` has a fake clipboard. */
async function openCommute() {
  const user = userEvent.setup();
  const view = renderStudio();
  act(() =>
    view.store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'c.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  return { user, ...view };
}

const cardTitles = () => screen.queryAllByTestId('item-node').map((card) => card.textContent ?? '');
const countCardsTitled = (title: string) => cardTitles().filter((text) => text.includes(title)).length;
const toolbar = () => screen.getByRole('toolbar', { name: 'Main toolbar' });

describe('undo and redo from the keyboard and the toolbar', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y, the toolbar saying what it will undo', async () => {
    const { user, store } = await openCommute();
    const undoButton = within(toolbar()).getByRole('button', { name: 'Undo' }) as HTMLButtonElement;
    expect(undoButton.disabled).toBe(true);

    act(() => store.getState().renameStage('st-ride', 'Cycle'));
    expect(await screen.findByText('Cycle')).toBeTruthy();
    expect(undoButton.disabled).toBe(false);
    expect(undoButton.title).toBe('Undo Rename stage (Ctrl+Z)');

    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Ride')).toBeTruthy();
    expect(screen.queryByText('Cycle')).toBeNull();

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(await screen.findByText('Cycle')).toBeTruthy();

    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(await screen.findByText('Cycle')).toBeTruthy();
  });

  it('leaves Ctrl+Z and Delete to a text field the user is typing in', async () => {
    const { user, store } = await openCommute();
    act(() => {
      store.getState().renameStage('st-ride', 'Cycle');
      store.getState().selectItems(['nt-weather']);
    });
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();

    await user.keyboard('{Delete}{Backspace}{Control>}z{/Control}');

    expect(store.getState().doc?.map.stages[1]?.name).toBe('Cycle');
    expect(store.getState().doc?.map.items.some((item) => item.id === 'nt-weather')).toBe(true);
    field.remove();
  });
});

describe('editing the selection from the keyboard', () => {
  it('deletes the selected card with Delete and brings it back with Ctrl+Z', async () => {
    const { user, store } = await openCommute();
    const title = commuteMap().items.find((item) => item.id === 'nt-weather')?.title ?? '';
    act(() => store.getState().selectItems(['nt-weather']));

    await user.keyboard('{Delete}');
    await waitFor(() => expect(countCardsTitled(title)).toBe(0));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(countCardsTitled(title)).toBe(1));
  });

  it('duplicates with Ctrl+D, selecting the copy', async () => {
    const { user, store } = await openCommute();
    const title = commuteMap().items.find((item) => item.id === 'tp-dock')?.title ?? '';
    act(() => store.getState().selectItems(['tp-dock']));

    await user.keyboard('{Control>}d{/Control}');

    await waitFor(() => expect(countCardsTitled(title)).toBe(2));
    expect(store.getState().selectedItemIds).not.toContain('tp-dock');
    expect(store.getState().selectedItemIds).toHaveLength(1);
  });

  it('copies to the system clipboard as JSON and pastes into the selected card’s cell', async () => {
    const { user, store } = await openCommute();
    const title = commuteMap().items.find((item) => item.id === 'op-reserve')?.title ?? '';
    act(() => store.getState().selectItems(['op-reserve']));

    await user.keyboard('{Control>}c{/Control}');
    const copied: unknown = JSON.parse(await navigator.clipboard.readText());
    expect(copied).toMatchObject({ cxmapClipboard: 1, items: [{ title }] });

    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(countCardsTitled(title)).toBe(2));
  });

  it('pastes what another window put on the system clipboard, and ignores other text', async () => {
    const { user, store } = await openCommute();
    const sourceItem = commuteMap().items.find((item) => item.id === 'fr-full');
    await navigator.clipboard.writeText('just a sentence');
    await user.keyboard('{Control>}v{/Control}');
    expect(store.getState().undoStack).toHaveLength(0);

    await navigator.clipboard.writeText(
      JSON.stringify({
        cxmapClipboard: 1,
        items: [{ ...sourceItem, title: 'From the other window' }],
        links: [],
      }),
    );
    await user.keyboard('{Control>}v{/Control}');

    await waitFor(() => expect(countCardsTitled('From the other window')).toBe(1));
  });

  it('asks before deleting a selected stage, naming what goes with it, and deletes on confirm', async () => {
    const { user, store } = await openCommute();
    act(() => store.getState().selectHeader({ kind: 'stage', id: 'st-return' }));

    await user.keyboard('{Delete}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete stage “Return”?' });
    const itemsInStage = commuteMap().items.filter((item) => item.stageId === 'st-return').length;
    expect(dialog.textContent).toContain(`This also deletes ${itemsInStage} items`);
    expect(document.activeElement?.textContent).toBe('Cancel');

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().doc?.map.stages.map((stage) => stage.name)).toEqual(['Find a bike', 'Ride']);
  });

  it('adds a friction point from the toolbar into the selected card’s cell and selects it', async () => {
    const { user, store } = await openCommute();
    act(() => store.getState().selectItems(['tp-unlock']));

    await user.click(within(toolbar()).getByRole('button', { name: 'Add friction point' }));

    await waitFor(() => expect(countCardsTitled('New friction point')).toBe(1));
    const [selectedId] = store.getState().selectedItemIds;
    const added = store.getState().doc?.map.items.find((item) => item.id === selectedId);
    const unlock = commuteMap().items.find((item) => item.id === 'tp-unlock');
    expect(added).toMatchObject({ kind: 'friction', stageId: unlock?.stageId, laneId: unlock?.laneId });
  });
});
