import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mapTemplates } from '../../renderer/src/commands';
import { renderStudio } from './renderStudio';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function openNewMapDialog() {
  const user = userEvent.setup();
  const view = renderStudio();
  await user.keyboard('{Control>}n{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'New map' });
  return { user, dialog, ...view };
}

describe('a new map', () => {
  it('offers a blank map and the three templates', async () => {
    const { dialog } = await openNewMapDialog();

    const choices = within(dialog)
      .getAllByRole('button')
      .filter((button) => button.classList.contains('starter'));
    expect(choices.map((button) => button.querySelector('.starter__title')?.textContent)).toEqual([
      'Blank map',
      ...mapTemplates().map((template) => template.map.title),
    ]);
  });

  it.each(mapTemplates().map((template) => [template.id, template] as const))(
    'starts from the %s template as a new map with its own id, showing its stages',
    async (_id, template) => {
      const before = Date.now();
      const { user, dialog, store } = await openNewMapDialog();

      const choice = within(dialog)
        .getAllByRole('button')
        .find((button) => button.querySelector('.starter__title')?.textContent === template.map.title);
      if (choice === undefined) throw new Error(`no choice for ${template.id}`);
      await user.click(choice);

      expect(screen.queryByRole('dialog')).toBeNull();
      for (const stage of template.map.stages) expect(await screen.findByText(stage.name)).toBeTruthy();
      const state = store.getState();
      const map = state.doc?.map;
      expect(map?.id).toMatch(UUID);
      expect(map?.id).not.toBe(template.map.id);
      expect(Date.parse(map?.createdAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
      expect(map?.updatedAt).toBe(map?.createdAt);
      expect(map?.items).toHaveLength(template.map.items.length);
      expect(state.fileName).toMatch(/\.cxmap$/);
      expect(state.fileName).not.toMatch(/[\\/:*?"<>|]/);
      expect(state.filePath).toBeNull();
      expect(state.undoStack).toEqual([]);
    },
  );

  it('starts a blank map named Untitled, with a fresh id each time', async () => {
    const { user, dialog, store } = await openNewMapDialog();

    await user.click(within(dialog).getByRole('button', { name: /^Blank map/ }));

    expect(await screen.findByText('Aware')).toBeTruthy();
    const first = store.getState().doc?.map;
    expect(first?.items).toEqual([]);
    expect(store.getState().fileName).toBe('Untitled.cxmap');

    await user.keyboard('{Control>}n{/Control}');
    const again = await screen.findByRole('dialog', { name: 'New map' });
    await user.click(within(again).getByRole('button', { name: /^Blank map/ }));
    expect(store.getState().doc?.map.id).not.toBe(first?.id);
  });

  it('closes with Cancel and keeps the open map', async () => {
    const { user, dialog, store } = await openNewMapDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().doc).toBeNull();
    act(() => undefined);
  });
});
