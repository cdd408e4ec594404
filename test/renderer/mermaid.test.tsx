import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { selectIsDirty } from '../../renderer/src/store';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf } from './sampleMaps';

function openCommute() {
  const view = renderStudio();
  act(() =>
    view.store
      .getState()
      .loadDocument(documentOf(commuteMap()), { fileName: 'commute.cxmap', filePath: null }),
  );
  return view;
}

describe('Mermaid journey export', () => {
  it('shows the map as Mermaid text: stages as sections, touchpoints as tasks', async () => {
    const { store } = openCommute();
    act(() => store.getState().openDialog({ kind: 'mermaidExport' }));

    const dialog = await screen.findByRole('dialog', { name: 'Export as Mermaid journey' });
    const text = (within(dialog).getByRole('textbox', { name: 'Mermaid text' }) as HTMLTextAreaElement).value;
    expect(text.split('\n')[0]).toBe('journey');
    expect(text).toContain('title Bike share — first ride');
    expect(text).toContain('section Find a bike');
    expect(text).toMatch(/Station map in the app: \d/);
    // Frictions are not tasks in Mermaid's journey: only touchpoints are exported by default.
    expect(text).not.toContain('Station full, no free dock');
  });
});

describe('Mermaid journey import', () => {
  it('explains text Mermaid would refuse with its line, and changes nothing', async () => {
    const user = userEvent.setup();
    const { store } = openCommute();
    act(() => store.getState().openDialog({ kind: 'mermaidImport' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import Mermaid journey' });

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Mermaid journey text' }),
      'journey{enter}  section Go{enter}    Make tea{enter}',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import as new map' }));

    expect(within(dialog).getByRole('alert').textContent).toMatch(/^Line 3: /);
    expect(store.getState().doc?.map.title).toBe('Bike share — first ride');
  });

  it('opens valid text as a new, unsaved map with sections, tasks, scores and actors', async () => {
    const user = userEvent.setup();
    const { store } = openCommute();
    act(() => store.getState().openDialog({ kind: 'mermaidImport' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import Mermaid journey' });
    const box = within(dialog).getByRole('textbox', { name: 'Mermaid journey text' });
    await user.click(box);
    await user.paste(
      [
        'journey',
        '  title My working day',
        '  section Go to work',
        '    Make tea: 5: Me',
        '    Do work: 1: Me, Cat',
        '  section Go home',
        '    Sit down: 5',
      ].join('\n'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import as new map' }));

    const map = store.getState().doc?.map;
    expect(map?.title).toBe('My working day');
    expect(map?.stages.map((stage) => stage.name)).toEqual(['Go to work', 'Go home']);
    expect(map?.items.map((item) => [item.title, item.emotion])).toEqual([
      ['Make tea', 5],
      ['Do work', 1],
      ['Sit down', 5],
    ]);
    expect(map?.personas.map((persona) => persona.name)).toEqual(['Me', 'Cat']);
    expect(selectIsDirty(store.getState())).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
