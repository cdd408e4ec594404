import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemMatches } from '../../shared/logic/item-filter';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

const panel = () => screen.getByRole('complementary', { name: 'Inspector' });

async function studioOnPersonasTab() {
  const view = renderStudio();
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  await screen.findAllByTestId('item-node');
  await userEvent.click(within(panel()).getByRole('tab', { name: 'Personas' }));
  return view;
}

async function addPersona(name: string) {
  await userEvent.type(within(panel()).getByRole('textbox', { name: 'New persona name' }), name);
  await userEvent.click(within(panel()).getByRole('button', { name: 'Add persona' }));
}

const card = (name: string) => within(panel()).getByRole('article', { name: `Persona ${name}` });

// Typing into several fields is slow in jsdom on a busy machine; the default 5 s is too tight.
describe('the personas panel', { timeout: 20_000 }, () => {
  it('adds a persona only with a name, and edits its details', async () => {
    const { store } = await studioOnPersonasTab();
    expect(within(panel()).getByRole('button', { name: 'Add persona' })).toHaveProperty('disabled', true);

    await addPersona('Maya');
    await userEvent.type(within(card('Maya')).getByRole('textbox', { name: 'Segment' }), 'Commuter');
    await userEvent.type(
      within(card('Maya')).getByRole('textbox', { name: 'Goals (one per line)' }),
      'Get to work{Enter}{Enter}Stay dry',
    );

    expect(store.getState().doc?.map.personas).toEqual([
      expect.objectContaining({ name: 'Maya', segment: 'Commuter', goals: ['Get to work', 'Stay dry'] }),
    ]);
    expect(within(panel()).getByRole('textbox', { name: 'New persona name' })).toHaveProperty('value', '');
  });

  it('assigns a persona to an item from the inspector', async () => {
    const { store } = await studioOnPersonasTab();
    await addPersona('Maya');
    await userEvent.click(within(panel()).getByRole('tab', { name: 'Inspector' }));
    act(() => store.getState().selectItems(['tp-unlock']));

    await userEvent.click(within(panel()).getByRole('checkbox', { name: 'Maya' }));

    const mayaId = store.getState().doc?.map.personas[0]?.id;
    expect(store.getState().doc?.map.items.find((item) => item.id === 'tp-unlock')?.personaIds).toEqual([
      mayaId,
    ]);
  });

  it('focuses the map on a persona, with a banner that clears it', async () => {
    const { store } = await studioOnPersonasTab();
    await addPersona('Maya');
    const mayaId = store.getState().doc?.map.personas[0]?.id ?? '';
    act(() => store.getState().updateItem('tp-unlock', { personaIds: [mayaId] }));

    const focus = within(card('Maya')).getByRole('button', { name: 'Focus on Maya' });
    await userEvent.click(focus);

    expect(focus.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('Focused on Maya — other items dimmed');
    const state = store.getState();
    const full = state.doc?.map.items.filter((item) => itemMatches(item, state)).map((item) => item.id);
    expect(full).toEqual(['tp-unlock']);

    await userEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Clear' }));
    expect(store.getState().focusedPersonaId).toBeNull();
    expect(focus.getAttribute('aria-pressed')).toBe('false');
  });

  it('deletes a persona after saying how many items lose it, and undo brings it back', async () => {
    const { store } = await studioOnPersonasTab();
    await addPersona('Maya');
    const mayaId = store.getState().doc?.map.personas[0]?.id ?? '';
    act(() => {
      store.getState().updateItem('tp-unlock', { personaIds: [mayaId] });
      store.getState().updateItem('tp-dock', { personaIds: [mayaId] });
    });

    await userEvent.click(within(card('Maya')).getByRole('button', { name: 'Delete Maya' }));
    expect(within(card('Maya')).getByText(/2 items and 0 quotes lose it/)).toBeTruthy();
    await userEvent.click(within(card('Maya')).getByRole('button', { name: 'Delete persona' }));

    expect(within(panel()).queryByRole('article', { name: 'Persona Maya' })).toBeNull();
    expect(store.getState().doc?.map.items.some((item) => item.personaIds !== undefined)).toBe(false);

    act(() => void store.getState().undo());
    expect(card('Maya')).toBeTruthy();
  });
});
