import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultStudioDb } from '../../renderer/src/db';
import type { DraftRecord, StudioDb } from '../../renderer/src/db';
import { FakeStudioApi } from './fakeStudioApi';
import { present } from './present';
import { renderStudio } from './renderStudio';
import { commuteMap, documentOf, fileBytes } from './sampleMaps';

const db = (): StudioDb => present(defaultStudioDb(), 'the default database');

afterEach(async () => {
  await db().drafts.clear();
});

/** What a crashed session leaves: the commute map with a renamed touchpoint, three edits deep. */
function crashedDraft(): DraftRecord {
  const map = commuteMap();
  const edited = {
    ...map,
    title: 'Bike share — after the workshop',
    items: map.items.map((item, index) =>
      index === 0 ? { ...item, title: 'Station map, redesigned' } : item,
    ),
  };
  return {
    mapId: map.id,
    title: edited.title,
    fileName: 'commute.cxmap',
    filePath: null,
    savedAt: Date.now() - 2 * 60_000 - 5_000,
    changeCount: 3,
    doc: documentOf(edited),
    baseMtimeMs: null,
  };
}

const prompt = () => screen.findByRole('region', { name: 'Recover unsaved changes' });

describe('recovering unsaved changes at start', () => {
  it('offers the draft by title, change count and age, and Recover restores it exactly', async () => {
    const draft = crashedDraft();
    await db().drafts.put(draft);
    const { store } = renderStudio();

    const offer = await prompt();
    expect(offer.textContent).toContain(
      'Recover unsaved changes to “Bike share — after the workshop” (3 changes, 2 minutes ago)?',
    );

    await userEvent.click(within(offer).getByRole('button', { name: 'Recover' }));

    expect(store.getState().doc).toEqual(draft.doc);
    expect(await screen.findByText('Station map, redesigned')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Recover unsaved changes' })).toBeNull();
    // Kept until the map is saved: the draft is still the only copy of that work on disk.
    expect(await db().drafts.get(draft.mapId)).toBeDefined();
  });

  it('counts the recovered map as unsaved until it is saved, and keeps its change count', async () => {
    const draft = crashedDraft();
    await db().drafts.put(draft);
    const { api, store } = renderStudio();

    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Recover' }));

    await waitFor(() => expect(api.documentStates.at(-1)).toMatchObject({ dirty: true }));
    // Crashing again before saving offers the same work again, not "0 changes".
    store.getState().applyDocumentEdit('Rename map', (map) => {
      map.title = 'Renamed after recovery';
    });
    await waitFor(async () => expect((await db().drafts.get(draft.mapId))?.changeCount).toBe(4), {
      timeout: 1_500,
    });
  });

  it('offers Reload or Keep mine when the draft’s file changed on disk since (Electron)', async () => {
    const draft = { ...crashedDraft(), filePath: '/maps/commute.cxmap', baseMtimeMs: 1_000 };
    await db().drafts.put(draft);
    const api = new FakeStudioApi();
    api.platform = 'electron';
    // A colleague saved the file after the crash: it now has another mtime.
    api.openRecent = (path: string) =>
      Promise.resolve({
        ok: true,
        value: { name: 'commute.cxmap', path, bytes: fileBytes(documentOf(commuteMap())), mtimeMs: 2_000 },
      });
    const { store } = renderStudio(api);

    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Recover' }));

    await waitFor(() =>
      expect(store.getState().diskChange).toEqual({ path: '/maps/commute.cxmap', kind: 'changed' }),
    );
    // Both are kept until the user chooses: the recovered edits are open, the draft is still stored.
    expect(store.getState().doc).toEqual(draft.doc);
    expect(await db().drafts.get(draft.mapId)).toBeDefined();
    // The first save compares against the mtime the draft started from, so it cannot overwrite blindly.
    expect(store.getState().fileMtimeMs).toBe(1_000);
  });

  it('Discard asks first, then deletes the draft', async () => {
    const draft = crashedDraft();
    await db().drafts.put(draft);
    const { store } = renderStudio();

    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Discard' }));
    const confirm = await prompt();
    expect(confirm.textContent).toContain(
      'Discard the unsaved changes to “Bike share — after the workshop”? This can’t be undone.',
    );
    await userEvent.click(within(confirm).getByRole('button', { name: 'Discard changes' }));

    expect(screen.queryByRole('region', { name: 'Recover unsaved changes' })).toBeNull();
    await waitFor(async () => expect(await db().drafts.get(draft.mapId)).toBeUndefined());
    expect(store.getState().doc).toBeNull();
  });

  it('Cancel in the confirmation keeps the offer', async () => {
    await db().drafts.put(crashedDraft());
    renderStudio();

    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Discard' }));
    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Cancel' }));

    expect(within(await prompt()).getByRole('button', { name: 'Recover' })).toBeTruthy();
    expect(await db().drafts.count()).toBe(1);
  });

  it('shows no offer when there is no draft', async () => {
    renderStudio();
    // Give the database time to answer before asserting that nothing appeared.
    await db().drafts.count();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(screen.queryByRole('region', { name: 'Recover unsaved changes' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a corrupt draft, keeps it aside, and the app stays usable', async () => {
    const corrupt: DraftRecord = {
      ...crashedDraft(),
      doc: { format: 'cxmap', version: 1, map: { id: 'x' } },
    };
    await db().drafts.put(corrupt);
    const { api } = renderStudio();

    await userEvent.click(within(await prompt()).getByRole('button', { name: 'Recover' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'The unsaved changes to “Bike share — after the workshop” could not be recovered and were kept aside, not deleted.',
    );
    expect(await db().drafts.get(corrupt.mapId)).toBeDefined();

    api.pickFile('commute.cxmap', fileBytes(documentOf(commuteMap())));
    await userEvent.click(screen.getAllByRole('button', { name: 'Open…' })[0] ?? document.body);
    expect((await screen.findAllByTestId('item-node')).length).toBe(commuteMap().items.length);
  });
});

describe('autosave in the running app', () => {
  it('writes a draft to IndexedDB within a second of an edit', async () => {
    const { api, store } = renderStudio();
    api.pickFile('commute.cxmap', fileBytes(documentOf(commuteMap())));
    await userEvent.click(screen.getAllByRole('button', { name: 'Open…' })[0] ?? document.body);
    await screen.findAllByTestId('item-node');

    store.getState().applyDocumentEdit('Rename map', (map) => {
      map.title = 'Renamed in the app';
    });

    await waitFor(
      async () => expect((await db().drafts.get(commuteMap().id))?.title).toBe('Renamed in the app'),
      { timeout: 1_000 },
    );
  });
});
