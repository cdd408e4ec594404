import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../renderer/src/commands';
import { t } from '../../renderer/src/i18n';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

async function openCommute() {
  const user = userEvent.setup();
  const view = renderStudio();
  act(() =>
    view.store.getState().loadDocument(documentOf(commuteMap()), { fileName: 'c.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  return { user, ...view };
}

const optionNames = () =>
  within(screen.getByRole('listbox'))
    .queryAllByRole('option')
    .map((option) => option.firstChild?.textContent);

describe('the command palette', () => {
  it('opens on Ctrl+K with the search field focused, and offers only what can run now', async () => {
    const { user } = await openCommute();

    await user.keyboard('{Control>}k{/Control}');

    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    expect(document.activeElement).toBe(within(palette).getByRole('combobox'));
    expect(optionNames()).toContain('Add stage');
    // Nothing to undo yet, nothing selected to copy.
    expect(optionNames()).not.toContain('Undo');
    expect(optionNames()).not.toContain('Copy');
  });

  it('filters by the words typed and runs the chosen command with the arrows and Enter', async () => {
    const { user, store } = await openCommute();
    await user.keyboard('{Control>}k{/Control}');
    const input = screen.getByRole('combobox');

    await user.type(input, 'add fr');
    expect(optionNames()).toEqual(['Add friction point']);

    await user.clear(input);
    await user.type(input, 'add');
    const names = optionNames();
    const target = names.indexOf('Add lane');
    for (let step = 0; step < target; step += 1) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
    expect(store.getState().doc?.map.lanes).toHaveLength(commuteMap().lanes.length + 1);
  });

  it('says when nothing matches, and closes on Escape giving focus back', async () => {
    const { user } = await openCommute();
    const openButton = within(screen.getByRole('toolbar', { name: 'Main toolbar' })).getByRole('button', {
      name: 'Open…',
    });
    openButton.focus();
    await user.keyboard('{Control>}k{/Control}');

    await user.type(screen.getByRole('combobox'), 'xyzzy');
    expect(screen.getByRole('status').textContent).toBe('No command matches “xyzzy”.');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(openButton);
  });
});

describe('the shortcut sheet', () => {
  it('opens on ? and lists every command that has a shortcut, grouped, in Ctrl notation', async () => {
    const { user } = await openCommute();

    await user.keyboard('?');

    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const withShortcut = COMMANDS.filter((command) => command.shortcut !== null);
    const listed = [...sheet.querySelectorAll('dt')].map((term) => term.textContent);
    expect(listed).toEqual(withShortcut.map((command) => t(command.label)));
    expect(
      within(sheet)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['File', 'Edit', 'View', 'Help']);
    const redo = [...sheet.querySelectorAll('dt')].find(
      (term) => term.textContent === 'Redo',
    )?.nextElementSibling;
    expect(redo?.textContent).toBe('Ctrl+Shift+Z or Ctrl+Y');

    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is not opened by ? typed into a text field', async () => {
    const { user } = await openCommute();
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();

    await user.keyboard('?');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(field.value).toBe('?');
    field.remove();
  });
});
